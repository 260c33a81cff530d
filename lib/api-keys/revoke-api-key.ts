import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';
import { findOwnedKey, type OwnedKeyOptions } from './owned-key';

/**
 * Revokes a key for good; the next request with it is refused. Revoking twice keeps the
 * first revocation time.
 *
 * @example await revokeApiKey(db, { userId, keyId });
 */
export async function revokeApiKey(db: Database, options: OwnedKeyOptions): Promise<ApiKeyInfo> {
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
  return revoked ?? findOwnedKey(db, options);
}
