import type { EventType, InngestFunction, Logger, StandardSchemaV1, TimeStr } from 'inngest';
import type { Jsonify } from 'inngest/types';
import type { AppEvent } from '@/inngest/events';

/**
 * The part of Inngest's step API that jobs may use. Both executors implement it: Inngest
 * (production) and the in-process local runner. Anything missing here (`waitForEvent`,
 * `invoke`, …) is missing on purpose because the local runner cannot honour it.
 */
export interface JobStep {
  /** Runs `fn` once per run; on replay returns the stored result, JSON round-tripped. */
  run<T>(id: string, fn: () => T | Promise<T>): Promise<Jsonify<T>>;
  /** Pauses the run for a duration in ms or an Inngest time string (`'30s'`, `'2h'`). */
  sleep(id: string, duration: number | TimeStr): Promise<void>;
  /** Pauses the run until an instant (a Date or an ISO 8601 string). */
  sleepUntil(id: string, until: Date | string): Promise<void>;
  /** Emits catalogued events from inside a run, exactly once per run. */
  sendEvent(id: string, events: AppEvent | AppEvent[]): Promise<{ ids: string[] }>;
}

/** What a cron-triggered run receives as its event (same shape as Inngest's). */
export interface ScheduledEvent {
  name: 'inngest/scheduled.timer';
  data: { cron: string };
  id?: string;
  ts?: number;
}

/** Any Inngest event type definition (from `eventType()`), used as a trigger. */
export type AnyEventType = EventType<string, StandardSchemaV1<Record<string, unknown>> | undefined>;
export type CronTrigger = { cron: string };
export type JobTrigger = AnyEventType | CronTrigger;

/** The event a handler receives for a given trigger. */
export type TriggerEvent<T extends JobTrigger> =
  T extends EventType<infer N, infer S>
    ? {
        name: N;
        data: S extends StandardSchemaV1
          ? StandardSchemaV1.InferOutput<S>
          : Record<string, unknown>;
        id?: string;
        ts?: number;
      }
    : ScheduledEvent;

/** Any event a job can receive. */
export interface JobEvent {
  name: string;
  data: Record<string, unknown>;
  id?: string;
  ts?: number;
}

export interface JobContext<TEvent> {
  event: TEvent;
  step: JobStep;
  runId: string;
  /** Zero-based attempt of the current step (resets once a step completes), as in Inngest. */
  attempt: number;
  logger: Logger;
}

export type Retries = NonNullable<InngestFunction.Options['retries']>;

/** Flow-control settings only Inngest enforces; the local runner ignores them (docs/jobs.md). */
export type CloudOnlyOptions = Pick<
  InngestFunction.Options,
  | 'concurrency'
  | 'throttle'
  | 'debounce'
  | 'rateLimit'
  | 'priority'
  | 'idempotency'
  | 'timeouts'
  | 'singleton'
>;

/** One job: the Inngest function served to Inngest, plus what the local runner needs. */
export interface JobDefinition<TEvent = JobEvent> {
  readonly id: string;
  readonly triggers: readonly JobTrigger[];
  readonly retries: Retries;
  readonly inngest: InngestFunction.Any;
  // Method syntax on purpose: a job typed for its own events must still fit a list of jobs.
  handle(ctx: JobContext<TEvent>): Promise<unknown>;
}
