import { NonRetriableError, RetryAfterError, StepError } from 'inngest';
import type { Logger } from 'pino';
import type { AppEvent } from '@/inngest/events';
import type { JobDefinition, JobEvent } from '../job-types';
import { abortableDelay } from './abortable-delay';
import { retryDelay, type BackoffOptions } from './backoff';
import { createLocalStep, StepAttemptFailure, type StepRecord } from './step-tools';
import { toJson } from './to-json';

export type RunOutcome =
  | { status: 'completed'; output: unknown }
  | { status: 'failed'; error: Error }
  | { status: 'cancelled' };

export interface ExecuteRunOptions {
  job: JobDefinition;
  event: JobEvent;
  runId: string;
  signal: AbortSignal;
  backoff: BackoffOptions;
  logger: Logger;
  sendEvents(events: AppEvent[]): string[];
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

function isNonRetriable(error: Error): boolean {
  return error instanceof NonRetriableError || error.name === 'NonRetriableError';
}

/** `RetryAfterError.retryAfter` is milliseconds or an RFC 3339 instant. */
function retryAfterMs(error: Error): number | undefined {
  if (!(error instanceof RetryAfterError)) return undefined;
  const ms = /^\d+$/.test(error.retryAfter)
    ? Number(error.retryAfter)
    : Date.parse(error.retryAfter) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/**
 * Runs one job run to its end with Inngest's retry semantics. Each attempt replays the
 * handler against the steps completed so far. The attempt counter is per step: it resets
 * when a step completes, and each step gets `retries` retries with backoff. A step out of
 * retries (or that threw `NonRetriableError`) is recorded as failed and the handler is
 * replayed so it can catch the `StepError`; if it lets it escape, the run fails. Errors
 * thrown outside steps are retried the same way. Resolves, never rejects.
 */
export async function executeRun(options: ExecuteRunOptions): Promise<RunOutcome> {
  const { job, event, runId, signal, logger } = options;
  const memory = new Map<string, StepRecord>();
  let failures = 0;
  for (;;) {
    const before = memory.size;
    const tools = createLocalStep({ memory, signal, logger, sendEvents: options.sendEvents });
    let failure: Error;
    try {
      const ctx = { event, step: tools.step, runId, attempt: failures, logger };
      const output = await Promise.race([job.handle(ctx), tools.interrupted]);
      return { status: 'completed', output: toJson(output) };
    } catch (thrown) {
      failure = asError(thrown);
    }
    // Parallel steps of this attempt may still be running; replaying now would start them twice.
    await tools.settled();
    if (signal.aborted) return { status: 'cancelled' };
    failures = memory.size > before ? 1 : failures + 1;

    if (failure instanceof StepAttemptFailure) {
      const cause = asError(failure.cause);
      if (isNonRetriable(cause) || failures > job.retries) {
        logger.warn({ step: failure.stepId, err: cause }, 'step failed for good');
        memory.set(failure.stepId, { ok: false, error: cause });
        failures = 0;
        continue;
      }
    } else {
      const rethrown = failure instanceof StepError && memory.get(failure.stepId)?.ok === false;
      if (rethrown || isNonRetriable(failure) || failures > job.retries) {
        return { status: 'failed', error: failure };
      }
    }

    const error = failure instanceof StepAttemptFailure ? asError(failure.cause) : failure;
    const delayMs = retryAfterMs(error) ?? retryDelay(failures, options.backoff);
    const step = failure instanceof StepAttemptFailure ? failure.stepId : undefined;
    logger.warn({ err: error, step, attempt: failures, delayMs }, 'attempt failed; retrying');
    try {
      await abortableDelay(delayMs, signal);
    } catch {
      return { status: 'cancelled' };
    }
  }
}
