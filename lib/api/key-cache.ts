import { LRUCache } from 'lru-cache';
import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';

/** A key as authenticated from the database, with its change epoch read just before. */
export interface CachedKey {
  apiKey: ApiKeyInfo;
  epoch: string;
}

/** Keys by the SHA-256 of their secret. */
export type KeyCache = LRUCache<string, CachedKey>;

/**
 * Only a backstop: every use compares the entry's epoch with Redis's inside the limit
 * script, so a revoked, rolled or re-planned key is refused from the next request. The TTL
 * bounds how long a change whose announcement failed (Redis down at that moment) can go
 * unseen.
 */
export const KEY_CACHE_TTL_MS = 5_000;
const KEY_CACHE_MAX = 10_000;

/**
 * The process's memory of recently authenticated keys, so a request with a known key skips
 * the database lookup.
 *
 * @example const keys = createKeyCache(); keys.set(hash, { apiKey, epoch });
 */
export function createKeyCache(options: { ttlMs?: number; max?: number } = {}): KeyCache {
  return new LRUCache<string, CachedKey>({
    max: options.max ?? KEY_CACHE_MAX,
    ttl: options.ttlMs ?? KEY_CACHE_TTL_MS,
  });
}
