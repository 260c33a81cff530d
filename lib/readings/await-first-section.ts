import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@/db/client';
import { readingState, type ReadingState } from './store/reading-state';

export interface AwaitFirstSectionOptions {
  /** What the caller already read from storage (e.g. `requestReading`'s answer). */
  current: ReadingState;
  /** Give up after this long and answer what is stored (possibly nothing). */
  timeoutMs: number;
  /** Time between two looks at storage. */
  pollMs?: number;
}

const settled = (state: ReadingState) =>
  state.sections.length > 0 || state.status === 'done' || state.status === 'failed';

/**
 * Waits until a requested reading has a stored section (or has finished or failed), so the
 * chart page's HTML can carry the first section instead of the browser waiting for it over
 * the socket. Storage is the one place every job runner (in-process or Inngest) writes to,
 * so it polls storage rather than listening to one runner.
 *
 * @example await awaitFirstSection(db, key, { current: await requestReading(db, key), timeoutMs: 750 })
 */
export async function awaitFirstSection(
  db: Database,
  key: { chartHash: string; locale: string },
  options: AwaitFirstSectionOptions,
): Promise<ReadingState> {
  const { timeoutMs, pollMs = 20 } = options;
  const deadline = Date.now() + timeoutMs;
  let state = options.current;
  while (!settled(state) && Date.now() < deadline) {
    await sleep(pollMs);
    state = await readingState(db, key);
  }
  return state;
}
