import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';
import { bumpKeyEpoch, type KeyEpochTarget } from './key-epoch';
import { findOwnedKey, type OwnedKeyOptions } from './owned-key';

/**
 * Revokes a key for good; the next request with it is refused, on every instance (the key's
 * epoch changes, so no cached copy is used). Revoking twice keeps the first revocation time
 * and announces the change again, so a retry after a failed announcement completes it.
 *
 * @example await revokeApiKey(db, { userId, keyId });
 */
export async function revokeApiKey(
  db: Database,
  options: OwnedKeyOptions & KeyEpochTarget,
): Promise<ApiKeyInfo> {
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, options.keyId),
        eq(apiKeys.userId, options.userId),
        isNull(apiKeys.revokedAt),
      ),
    )
    .returning(API_KEY_INFO_COLUMNS);
  const apiKey = revoked ?? (await findOwnedKey(db, options));
  await bumpKeyEpoch(apiKey.id, options);
  return apiKey;
}
