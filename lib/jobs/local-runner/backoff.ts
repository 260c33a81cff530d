export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Ceiling for any delay. */
  maxMs: number;
}

/** Inngest's cloud backoff starts around seconds and grows to minutes; close enough locally. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * Delay before retry number `retry` (1 for the first retry): exponential growth capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so retries of many runs that
 * failed together spread out but still back off.
 *
 * @example retryDelay(3, { baseMs: 1000, maxMs: 60000 }, () => 0.5) // 3000
 */
export function retryDelay(
  retry: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
