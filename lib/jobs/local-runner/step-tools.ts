import { durationToMs, serializeError, StepError } from 'inngest';
import type { Jsonify } from 'inngest/types';
import type { Logger } from 'pino';
import type { AppEvent } from '@/inngest/events';
import { parseAppEvent } from '../parse-event';
import type { JobStep } from '../job-types';
import { abortableDelay } from './abortable-delay';
import { toJson } from './to-json';

/** A step's stored outcome. A failure is stored only once the step is out of retries. */
export type StepRecord = { ok: true; data: unknown } | { ok: false; error: unknown };

/** Ends an attempt: step `stepId` threw `cause` and will be retried or given up. */
export class StepAttemptFailure extends Error {
  constructor(
    readonly stepId: string,
    override readonly cause: unknown,
  ) {
    super(`Step ${stepId} failed`);
    this.name = 'StepAttemptFailure';
  }
}

export interface LocalStepOptions {
  /** Step outcomes of this run so far, by indexed step id; shared by all its attempts. */
  memory: Map<string, StepRecord>;
  signal: AbortSignal;
  sendEvents(events: AppEvent[]): string[];
  logger: Logger;
}

export interface LocalStepTools {
  step: JobStep;
  /** Rejects with the first `StepAttemptFailure` of this attempt; never resolves. */
  interrupted: Promise<never>;
  /** Resolves once every step started in this attempt has settled. */
  settled(): Promise<void>;
}

// A fresh promise each time: a shared one would keep every abandoned handler reachable.
const never = (): Promise<never> => new Promise<never>(() => {});

/**
 * Step tools for one attempt of a run, with Inngest's semantics:
 * - a step found in `memory` is not executed again: its stored result is returned, or for
 *   a step out of retries a `StepError` is thrown into the handler, which may catch it;
 * - a step whose body throws ends the attempt (`interrupted` rejects) and its promise never
 *   settles, so the handler cannot observe a failure that will be retried, and no step
 *   starts after that in this attempt;
 * - repeated ids within one attempt become `id:1`, `id:2`, …
 */
export function createLocalStep(options: LocalStepOptions): LocalStepTools {
  const { memory, signal, logger } = options;
  const seen = new Map<string, number>();
  const inflight = new Set<Promise<unknown>>();
  let closed = false;
  let interrupt: (failure: StepAttemptFailure) => void = () => {};
  const interrupted = new Promise<never>((_, reject) => {
    interrupt = (failure) => {
      closed = true;
      reject(failure);
    };
  });
  interrupted.catch(() => {});

  const indexed = (id: string): string => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}:${n}`;
  };

  function memoised<T>(id: string, kind: string, execute: () => Promise<T>): Promise<T> {
    const key = indexed(id);
    const record = memory.get(key);
    if (record?.ok) return Promise.resolve(record.data as T);
    if (record) return Promise.reject(new StepError(key, serializeError(record.error)));
    if (closed) return never();
    const started = Date.now();
    const raw = execute();
    inflight.add(raw);
    const forget = () => inflight.delete(raw);
    raw.then(forget, forget);
    return raw.then(
      (data) => {
        memory.set(key, { ok: true, data });
        logger.debug({ step: key, kind, ms: Date.now() - started }, 'step completed');
        return data;
      },
      (error: unknown) => {
        interrupt(new StepAttemptFailure(key, error));
        return never();
      },
    );
  }

  const step: JobStep = {
    run: <T>(id: string, fn: () => T | Promise<T>) =>
      memoised(id, 'run', async () => toJson(await fn()) as Jsonify<T>),
    sleep: (id, duration) =>
      memoised(id, 'sleep', async () => abortableDelay(durationToMs(duration), signal)),
    sleepUntil: (id, until) =>
      memoised(id, 'sleep', async () => {
        const at = new Date(until).getTime();
        if (Number.isNaN(at)) throw new RangeError(`Invalid sleepUntil instant: ${String(until)}`);
        await abortableDelay(at - Date.now(), signal);
      }),
    sendEvent: (id, events) =>
      memoised(id, 'send', async () => {
        const list = (Array.isArray(events) ? events : [events]).map(parseAppEvent);
        return { ids: options.sendEvents(list) };
      }),
  };

  return {
    step,
    interrupted,
    settled: async () => {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
  };
}
