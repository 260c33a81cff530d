import { setTimeout as wait } from 'node:timers/promises';

// Node clamps longer timers to 1 ms, so long sleeps are waited out in chunks.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits `ms` milliseconds, or rejects with an `AbortError` as soon as `signal` aborts.
 *
 * @example await abortableDelay(30 * 86_400_000, controller.signal) // 30 days, cancellable
 */
export async function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  let remaining = Math.max(0, ms);
  do {
    const chunk = Math.min(remaining, MAX_TIMER_MS);
    await wait(chunk, undefined, { signal });
    remaining -= chunk;
  } while (remaining > 0);
}
