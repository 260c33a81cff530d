import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { env } from '@/lib/config/env';
import { insideNextServer } from '@/lib/config/next-server';
import { AppError, type AppErrorContext, type ErrorCode } from '@/lib/errors/app-error';
import { logger } from '@/lib/logging/logger';
import { castChart, type CastChart, type CastRequest } from './cast-chart';

/** One chart for a worker to cast; workers receive them in batches. */
export interface CastTask {
  id: number;
  request: CastRequest;
}

/**
 * A worker's answer to one task, in a message of its own: the cast chart, a refusal to show
 * the client, or a failure.
 */
export type CastReply = { id: number } & (
  | { cast: CastChart }
  | { refusal: { code: ErrorCode; message: string; context: AppErrorContext } }
  | { failure: string }
);

export interface ChartCaster {
  cast(request: CastRequest): Promise<CastChart>;
  /** Stops the workers; requests still running are refused. */
  close(): Promise<void>;
}

export interface ChartCasterOptions {
  /** Worker threads; 0 casts on the calling thread. */
  workers: number;
  /** Starts one worker; tests start the TypeScript entry through tsx. */
  spawn?: () => Worker;
}

interface Pending {
  resolve: (cast: CastChart) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Tasks waiting for the end of this turn of the event loop, to go in one message. */
  batch: CastTask[];
}

/**
 * Casts charts on worker threads: computing a chart and serialising its 28 KB answer takes a
 * few hundred microseconds of CPU, which on the request thread is time no other request is
 * served. Requests go to the thread with the fewest in flight, batched per turn of the event
 * loop (a message between threads costs about as much as a small chart, so under load one
 * message carries many) and answered one by one as they are cast; a thread that dies fails
 * its requests (they are pure, the caller may retry) and is replaced on the next request.
 *
 * A hand-made pool rather than Piscina: Next's bundler only builds a worker's entry (with our
 * `@/` imports) from the literal `new Worker(new URL('./x.ts', import.meta.url))`.
 *
 * @example const { hash, body } = await createChartCaster({ workers: 2 }).cast({ subject, location: null });
 */
export function createChartCaster(options: ChartCasterOptions): ChartCaster {
  const spawn = options.spawn ?? spawnCastWorker;
  const threads: (Thread | undefined)[] = Array.from({ length: options.workers }, () => undefined);
  let nextId = 1;
  let closed = false;

  function start(slot: number): Thread {
    const thread: Thread = { worker: spawn(), pending: new Map(), batch: [] };
    const fail = (error: Error) => {
      if (threads[slot] === thread) threads[slot] = undefined;
      for (const { reject } of thread.pending.values()) reject(error);
      thread.pending.clear();
      thread.batch.length = 0;
    };
    thread.worker.on('message', (reply: CastReply) => settle(thread, reply));
    thread.worker.on('error', (error) => {
      logger.error({ err: error }, 'chart worker crashed');
      fail(error);
    });
    thread.worker.on('exit', (code) => {
      if (!closed) logger.warn({ code }, 'chart worker exited; the next request starts another');
      fail(new Error(`chart worker exited (${code})`));
    });
    threads[slot] = thread;
    return thread;
  }

  function leastBusy(): Thread {
    let slot = 0;
    for (let i = 1; i < threads.length; i += 1) {
      if ((threads[i]?.pending.size ?? 0) < (threads[slot]?.pending.size ?? 0)) slot = i;
    }
    return threads[slot] ?? start(slot);
  }

  return {
    cast(request) {
      if (options.workers === 0) return Promise.resolve().then(() => castChart(request));
      if (closed) return Promise.reject(new Error('the chart caster is closed'));
      const thread = leastBusy();
      const id = nextId++;
      return new Promise<CastChart>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.batch.push({ id, request });
        if (thread.batch.length === 1) {
          setImmediate(() => thread.worker.postMessage(thread.batch.splice(0)));
        }
      });
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread?.worker.terminate()));
    },
  };
}

function settle(thread: Thread, reply: CastReply): void {
  const pending = thread.pending.get(reply.id);
  if (!pending) return;
  thread.pending.delete(reply.id);
  if ('cast' in reply) pending.resolve(reply.cast);
  else if ('refusal' in reply) {
    const { code, message, context } = reply.refusal;
    pending.reject(new AppError(code, message, context));
  } else pending.reject(new Error(`chart worker failed: ${reply.failure}`));
}

function spawnCastWorker(): Worker {
  return new Worker(new URL('./cast-chart.worker.ts', import.meta.url));
}

let shared: ChartCaster | undefined;

/**
 * The process's caster: `CHART_WORKERS` threads, by default one fewer than the cores (at most
 * 4; none on a single core, or outside the Next server).
 */
export function chartCaster(): ChartCaster {
  shared ??= createChartCaster({
    workers:
      env().CHART_WORKERS ??
      (insideNextServer() ? Math.min(4, Math.max(0, availableParallelism() - 1)) : 0),
  });
  return shared;
}
