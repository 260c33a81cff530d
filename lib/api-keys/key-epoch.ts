import { randomInt } from 'node:crypto';
import type { Redis } from '@upstash/redis';
import { LRUCache } from 'lru-cache';
import { redis } from '@/lib/redis/client';

export const DEFAULT_EPOCH_PREFIX = 'orrery:apikey:epoch';
/** Long past any cache entry's life; an expired epoch reads as '' and still differs. */
const EPOCH_TTL_SECONDS = 30 * 86_400;

/** Where a key's change epoch lives. */
export function keyEpochKey(keyId: string, prefix = DEFAULT_EPOCH_PREFIX): string {
  return `${prefix}:${keyId}`;
}

// On globalThis: each route bundle may hold its own copy of this module, and a change made
// through one (the account API) must be seen by a limiter in another (the v1 routes).
const ANNOUNCED = Symbol.for('orrery.announcedKeyEpochs');
type WithAnnounced = typeof globalThis & { [ANNOUNCED]?: LRUCache<string, string> };

function announced(): LRUCache<string, string> {
  const global = globalThis as WithAnnounced;
  // Keys change rarely; an epoch pushed out only costs one reload of that key.
  global[ANNOUNCED] ??= new LRUCache<string, string>({ max: 100_000 });
  return global[ANNOUNCED];
}

/**
 * The last epoch this process gave the key at `epochKey` (`keyEpochKey`), or undefined. A
 * limiter whose Redis is the in-memory stand-in (which only this process reaches) reads epochs
 * here: the same values, without a round trip through the Redis client on every request.
 */
export function announcedKeyEpoch(epochKey: string): string | undefined {
  return announced().get(epochKey);
}

/** Where a change is announced; the process's Redis unless a test gives its own. */
export interface KeyEpochTarget {
  redis?: Redis;
  epochPrefix?: string;
}

/**
 * Gives a key a new change epoch, after a change (revoke, roll, plan) is committed to the
 * database. Processes that cache keys compare the epoch on every request before counting it
 * (`lib/api/plan-limiter.ts`), so cached copies everywhere stop being used from the next
 * request; this process also keeps it (`announcedKeyEpoch`). Random rather than a
 * counter, so an expired epoch can never come back to a value a cache still holds. A whole
 * number under 2^48: `@upstash/redis` tries `JSON.parse` on every string it reads, which
 * throws (an exception per API request) on anything but JSON, and reads this back exactly.
 *
 * @example await bumpKeyEpoch(keyId);
 */
export async function bumpKeyEpoch(keyId: string, target: KeyEpochTarget = {}): Promise<void> {
  const client = target.redis ?? redis();
  const key = keyEpochKey(keyId, target.epochPrefix);
  const epoch = String(randomInt(1, 2 ** 48));
  await client.set(key, epoch, { ex: EPOCH_TTL_SECONDS });
  announced().set(key, epoch);
}
