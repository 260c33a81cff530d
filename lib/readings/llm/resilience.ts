import {
  ConsecutiveBreaker,
  DelegateBackoff,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
  type IBackoff,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { Logger } from 'pino';
import { LlmError } from './errors';

export interface ResilienceOptions {
  /** Cap on one attempt, request to end of stream, however steadily it streams. */
  attemptTimeoutMs: number;
  /** Attempts after the first, for retryable failures only. */
  maxRetries: number;
  /** Consecutive failed attempts that open the breaker. */
  breakerThreshold: number;
  /** How long an open breaker refuses calls before letting one through. */
  halfOpenAfterMs: number;
  /** First backoff delay; later ones grow exponentially with decorrelated jitter. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

/**
 * Retry ∘ circuit breaker ∘ timeout, from the outside in. Each attempt passes the breaker, so
 * a dead provider opens it within a call or two and later calls fail at once with a
 * `BrokenCircuitError` (never retried). Only `LlmError`s marked retryable are retried, after the
 * Retry-After of a 429 when it gave one, else after an exponential, jittered delay. A timed-out
 * attempt (stalled, or over the cap) counts against the breaker but is not retried: the caller
 * is waiting on it. A truncated answer does not count: the provider is fine, the answer long.
 * Share one instance per process so the breaker sees every call.
 */
export function createResilience(options: ResilienceOptions, log: Logger) {
  const exponential = new ExponentialBackoff({
    initialDelay: options.initialBackoffMs,
    maxDelay: options.maxBackoffMs,
  });
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown>>(
    (context, previous) => {
      const next = previous ? previous.next(context) : exponential.next();
      const error = 'error' in context.result ? context.result.error : undefined;
      const asked = error instanceof LlmError ? error.retryAfterMs : undefined;
      return { delay: asked ?? next.duration, state: next };
    },
  );

  const retries = retry(
    handleWhen((error) => error instanceof LlmError && error.retryable),
    { maxAttempts: options.maxRetries, backoff },
  );
  const breaker = circuitBreaker(
    handleWhen(
      (error) =>
        (error instanceof LlmError && error.failure !== 'truncated') ||
        error instanceof TaskCancelledError,
    ),
    {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerThreshold),
    },
  );
  const perAttempt = timeout(options.attemptTimeoutMs, TimeoutStrategy.Aggressive);

  retries.onRetry((event) => {
    const reason = 'error' in event ? failureOf(event.error) : 'result';
    log.warn(
      { attempt: event.attempt, delayMs: event.delay, reason },
      'llm attempt failed, retrying',
    );
  });
  breaker.onBreak(() => log.error('llm circuit opened: provider calls suspended'));
  breaker.onHalfOpen(() => log.info('llm circuit half-open: trying the provider again'));
  breaker.onReset(() => log.info('llm circuit closed: provider answering again'));

  return { policy: wrap(retries, breaker, perAttempt), breaker };
}

function failureOf(error: Error): string {
  return error instanceof LlmError ? error.failure : error.name;
}
