import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Cron } from 'croner';
import type { Logger } from 'pino';
import type { AppEvent } from '@/inngest/events';
import type { JobDefinition, JobEvent, ScheduledEvent } from '../job-types';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { scheduleCron } from './cron-schedule';
import { executeRun, type RunOutcome } from './execute-run';

export interface RunHandle {
  runId: string;
  functionId: string;
  eventId: string;
  /** Settles when the run completes, fails for good, or is cancelled by `stop()`. */
  result: Promise<RunOutcome>;
}

export interface SendResult {
  /** One id per event, in order (the event's own `id` when it had one). */
  ids: string[];
  runs: RunHandle[];
}

export interface LocalRunnerOptions {
  jobs: readonly JobDefinition[];
  logger: Logger;
  backoff?: BackoffOptions;
  /** Events repeating an `id` seen within this window start nothing (Inngest: 24 h). */
  dedupeWindowMs?: number;
}

const DAY_MS = 86_400_000;

function eventNames(job: JobDefinition): string[] {
  return job.triggers.flatMap((t) => ('cron' in t ? [] : [t.name]));
}

/**
 * Executes job definitions in this process: events start the runs of every job whose
 * trigger names them, cron triggers fire on croner schedules once `start()`ed. State lives
 * in memory only (see docs/jobs.md for what this runner does not do).
 */
export class LocalRunner {
  private readonly byEvent = new Map<string, JobDefinition[]>();
  private readonly active = new Set<Promise<RunOutcome>>();
  private readonly seenEventIds = new Map<string, number>();
  private schedules: Cron[] = [];
  private controller = LocalRunner.abortController();

  constructor(private readonly options: LocalRunnerOptions) {
    for (const job of options.jobs) {
      for (const name of eventNames(job)) {
        this.byEvent.set(name, [...(this.byEvent.get(name) ?? []), job]);
      }
    }
  }

  /** Starts the runs the events trigger; returns at once with a handle per run. */
  send(events: JobEvent | JobEvent[]): SendResult {
    const ids: string[] = [];
    const runs: RunHandle[] = [];
    for (const event of Array.isArray(events) ? events : [events]) {
      const stamped = { ...event, id: event.id ?? randomUUID(), ts: event.ts ?? Date.now() };
      ids.push(stamped.id);
      if (this.isDuplicate(stamped.id)) {
        this.options.logger.info({ event: stamped.name, eventId: stamped.id }, 'duplicate event');
        continue;
      }
      for (const job of this.byEvent.get(stamped.name) ?? [])
        runs.push(this.startRun(job, stamped));
    }
    return { ids, runs };
  }

  /** Schedules every cron trigger. Idempotent. */
  start(): void {
    if (this.schedules.length > 0) return;
    for (const job of this.options.jobs) {
      for (const trigger of job.triggers) {
        if (!('cron' in trigger)) continue;
        const event = (): ScheduledEvent => ({
          name: 'inngest/scheduled.timer',
          data: { cron: trigger.cron },
        });
        this.schedules.push(scheduleCron(trigger.cron, () => void this.startRun(job, event())));
      }
    }
    this.options.logger.info(
      { jobs: this.options.jobs.length, schedules: this.schedules.length },
      'local job runner started',
    );
  }

  /** Stops the schedules, cancels sleeping and backing-off runs, and waits for the rest. */
  async stop(): Promise<void> {
    for (const schedule of this.schedules) schedule.stop();
    this.schedules = [];
    this.controller.abort();
    await this.drain();
    this.controller = LocalRunner.abortController();
  }

  // Every sleeping or backing-off run listens on this signal; thousands may at once.
  private static abortController(): AbortController {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    return controller;
  }

  /** Resolves when no run is active, including runs started by other runs meanwhile. */
  async drain(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active]);
  }

  /** Number of runs in progress. */
  get activeRuns(): number {
    return this.active.size;
  }

  /** Number of cron schedules currently armed. */
  get scheduledCrons(): number {
    return this.schedules.length;
  }

  private isDuplicate(id: string): boolean {
    const now = Date.now();
    const window = this.options.dedupeWindowMs ?? DAY_MS;
    for (const [seen, at] of this.seenEventIds) {
      if (now - at < window) break;
      this.seenEventIds.delete(seen);
    }
    if (this.seenEventIds.has(id)) return true;
    this.seenEventIds.set(id, now);
    return false;
  }

  private startRun(job: JobDefinition, event: JobEvent): RunHandle {
    const runId = randomUUID();
    const eventId = event.id ?? randomUUID();
    const logger = this.options.logger.child({ fn: job.id, runId, event: event.name });
    logger.info('run started');
    const started = Date.now();
    const result = executeRun({
      job,
      event: { ...event, id: eventId },
      runId,
      signal: this.controller.signal,
      backoff: this.options.backoff ?? DEFAULT_BACKOFF,
      logger,
      sendEvents: (events: AppEvent[]) => this.send(events).ids,
    }).then((outcome) => {
      const ms = Date.now() - started;
      if (outcome.status === 'failed') logger.error({ err: outcome.error, ms }, 'run failed');
      else logger.info({ status: outcome.status, ms }, 'run finished');
      return outcome;
    });
    this.active.add(result);
    void result.finally(() => this.active.delete(result));
    return { runId, functionId: job.id, eventId, result };
  }
}
