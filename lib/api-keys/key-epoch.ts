import { randomBytes } from 'node:crypto';
import type { Redis } from '@upstash/redis';
import { redis } from '@/lib/redis/client';

export const DEFAULT_EPOCH_PREFIX = 'orrery:apikey:epoch';
/** Long past any cache entry's life; an expired epoch reads as '' and still differs. */
const EPOCH_TTL_SECONDS = 30 * 86_400;

/** Where a key's change epoch lives. */
export function keyEpochKey(keyId: string, prefix = DEFAULT_EPOCH_PREFIX): string {
  return `${prefix}:${keyId}`;
}

/** Where a change is announced; the process's Redis unless a test gives its own. */
export interface KeyEpochTarget {
  redis?: Redis;
  epochPrefix?: string;
}

/**
 * Gives a key a new change epoch, after a change (revoke, roll, plan) is committed to the
 * database. Processes that cache keys compare the epoch on every request, inside the limit
 * script (`lib/api/plan-limiter.ts`), so cached copies everywhere stop being used from the
 * next request. Random rather than a counter, so an expired epoch can never come back to a
 * value a cache still holds; the `e` keeps it from reading as a JSON number on the way back.
 *
 * @example await bumpKeyEpoch(keyId);
 */
export async function bumpKeyEpoch(keyId: string, target: KeyEpochTarget = {}): Promise<void> {
  const client = target.redis ?? redis();
  await client.set(
    keyEpochKey(keyId, target.epochPrefix),
    `e${randomBytes(12).toString('base64url')}`,
    {
      ex: EPOCH_TTL_SECONDS,
    },
  );
}
