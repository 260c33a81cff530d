import { db } from '@/db/client';
import { createUsageRecorder, type UsageRecorder } from './usage-recorder';

// On globalThis so every route bundle and dev-server reload in a process shares one buffer.
const HOLDER = Symbol.for('orrery.apiUsage');
type WithHolder = typeof globalThis & { [HOLDER]?: UsageRecorder };

/** The process's usage recorder on the app database, created on first use. */
export function usageRecorder(): UsageRecorder {
  const global = globalThis as WithHolder;
  global[HOLDER] ??= createUsageRecorder({ db: db() });
  return global[HOLDER];
}

/**
 * Writes this process's pending counts and stops its timer: call it on shutdown (SIGTERM)
 * so a deploy loses no counts.
 *
 * @example process.once('SIGTERM', () => void stopUsageRecorder());
 */
export async function stopUsageRecorder(): Promise<void> {
  const global = globalThis as WithHolder;
  const recorder = global[HOLDER];
  delete global[HOLDER];
  await recorder?.stop();
}
