import type { Worker } from 'node:worker_threads';

/** What a batched worker receives: the caller's call with the id its answer will carry. */
export type WithId<T> = T & { id: number };

export interface BatchedWorkerOptions {
  /** What the thread is, for the errors its calls fail with ("chart worker exited (1)"). */
  name: string;
  /** The thread threw; its calls have been failed. */
  onCrash?: (error: Error) => void;
  /** The thread is gone (after a crash, a `terminate` or its own exit); its calls have been failed. */
  onExit?: (code: number) => void;
}

interface Pending<A> {
  resolve: (answer: A) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread spoken to in batches: the calls made in one turn of the event loop go in one
 * message (an array of `{ ...call, id }`), since a message between threads costs about as much
 * as the small jobs sent; the worker answers with messages carrying the calls' ids, either one
 * answer per message (each as soon as it is done) or an array of answers (a whole batch in one
 * message: receiving a message costs the request thread about as much as sending one). When
 * the thread crashes or exits, every call still waiting fails with that error, and the thread
 * is `dead`: its owner starts another for the next call.
 * Used by the in-memory Redis thread and the chart caster.
 *
 * @example
 * const thread = new BatchedWorker<Task, Answer>(new Worker(entry), { name: 'chart worker' });
 * const answer = await thread.send({ task });
 */
export class BatchedWorker<C extends object, A extends { id: number }> {
  private readonly pending = new Map<number, Pending<A>>();
  private batch: WithId<C>[] = [];
  private nextId = 1;
  private gone = false;

  constructor(
    readonly worker: Worker,
    private readonly options: BatchedWorkerOptions,
  ) {
    worker.on('message', (answer: A | A[]) => {
      if (Array.isArray(answer)) for (const one of answer) this.settle(one);
      else this.settle(answer);
    });
    worker.on('error', (error) => {
      this.fail(error);
      options.onCrash?.(error);
    });
    worker.on('exit', (code) => {
      this.fail(new Error(`${options.name} exited (${code})`));
      options.onExit?.(code);
    });
  }

  /** True once the thread has crashed or exited. */
  get dead(): boolean {
    return this.gone;
  }

  /** Calls sent or waiting to be sent, not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  send(call: C): Promise<A> {
    if (this.gone) return Promise.reject(new Error(`${this.options.name} is gone`));
    const id = this.nextId++;
    return new Promise<A>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.batch.push({ ...call, id });
      if (this.batch.length === 1) setImmediate(() => this.flush());
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  private flush(): void {
    const calls = this.batch;
    this.batch = [];
    // Empty when the thread died meanwhile: its calls were failed with it.
    if (calls.length > 0 && !this.gone) this.worker.postMessage(calls);
  }

  private settle(answer: A): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    waiting.resolve(answer);
  }

  private fail(error: Error): void {
    this.gone = true;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
    this.batch = [];
  }
}
