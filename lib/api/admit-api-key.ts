import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';
import { authenticateApiKey } from '@/lib/api-keys/authenticate-api-key';
import { hashApiKey } from '@/lib/api-keys/hash-api-key';
import { looksLikeApiKey } from '@/lib/api-keys/key-format';
import type { ApiScope } from '@/lib/api-keys/scopes';
import type { ApiPlatform } from './api-platform';
import { enforcePlanLimits } from './enforce-plan-limits';
import type { CachedKey } from './key-cache';
import { STALE } from './plan-limiter';
import { requireScope } from './require-scope';

export interface AdmitOptions {
  /** The key as the client sent it. */
  key: string;
  scope: ApiScope;
  /** Receives the RateLimit fields. */
  headers: Headers;
}

/** A key that keeps changing while we load it is counted without the epoch check. */
const MAX_EPOCH_TRIES = 3;

/**
 * Authenticates a key, checks the scope and counts the request against the plan. A key this
 * process saw in the last seconds comes from `platform.keys`, and the limiter compares the
 * key's change epoch before it counts the request: a key revoked, rolled or moved to another
 * plan anywhere is answered `STALE`, counted nowhere, and read again from the database. A
 * key not cached costs two database lookups around an epoch read (see `load`).
 *
 * @example const apiKey = await admitApiKey(platform, { key, scope: 'charts:read', headers });
 * @throws AppError `api_key_invalid`, `api_key_revoked`, `scope_missing`, `rate_limited`,
 *   `quota_exceeded`.
 */
export async function admitApiKey(
  platform: ApiPlatform,
  options: AdmitOptions,
): Promise<ApiKeyInfo> {
  const hash = looksLikeApiKey(options.key) ? hashApiKey(options.key) : null;
  let cached = hash === null ? undefined : platform.keys.get(hash);
  for (let attempt = 1; ; attempt += 1) {
    const entry = cached ?? (await load(platform, options.key));
    requireScope(entry.apiKey, options.scope);
    const { plan, id } = entry.apiKey;
    const check =
      entry.epoch === null || attempt > MAX_EPOCH_TRIES
        ? await platform.limiter.check(plan, id)
        : await platform.limiter.checkIfCurrent(plan, id, entry.epoch);
    if (check === STALE) {
      if (hash !== null) platform.keys.delete(hash);
      cached = undefined;
      continue;
    }
    enforcePlanLimits(platform.limiter.plans[plan], check, options.headers);
    if (check.epoch === null) {
      // Redis did not answer, so a cached copy cannot be vouched for: ask the database.
      if (!cached || hash === null) return entry.apiKey;
      platform.keys.delete(hash);
      const apiKey = await authenticateApiKey(platform.db, { key: options.key });
      requireScope(apiKey, options.scope);
      return apiKey;
    }
    if (!cached && hash !== null && entry.epoch === check.epoch) {
      platform.keys.set(hash, { apiKey: entry.apiKey, epoch: check.epoch });
    }
    return entry.apiKey;
  }
}

/**
 * The key from the database with an epoch read before the row that is kept: a change
 * committed after that row was read announces itself after it too, so it cannot hide under
 * the epoch we cache. The first lookup only finds the key's id (epochs are per id, which a
 * roll keeps). The epoch is null when Redis does not answer; such a key is not cached.
 */
async function load(
  platform: ApiPlatform,
  key: string,
): Promise<Omit<CachedKey, 'epoch'> & { epoch: string | null }> {
  const { id } = await authenticateApiKey(platform.db, { key });
  const epoch = await platform.limiter.epoch(id);
  return { apiKey: await authenticateApiKey(platform.db, { key }), epoch };
}
