import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { API_KEY_INFO_COLUMNS, type IssuedApiKey } from './api-key-info';
import { hashApiKey } from './hash-api-key';
import { bumpKeyEpoch, type KeyEpochTarget } from './key-epoch';
import { displayPrefix, generateApiKey } from './key-format';
import { findOwnedKey, type OwnedKeyOptions } from './owned-key';

/**
 * Replaces a key's secret, keeping its id, name, scopes, plan and usage. One UPDATE swaps
 * the hash, and the key's epoch changes right after, so no instance keeps accepting the old
 * secret from its cache. Revoked keys cannot be rolled (`api_key_revoked`).
 *
 * @example const { secret } = await rollApiKey(db, { userId, keyId });
 */
export async function rollApiKey(
  db: Database,
  options: OwnedKeyOptions & KeyEpochTarget,
): Promise<IssuedApiKey> {
  const current = await findOwnedKey(db, options);
  const secret = generateApiKey(current.environment);
  const [apiKey] = await db
    .update(apiKeys)
    .set({ hash: hashApiKey(secret), prefix: displayPrefix(secret), rolledAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, options.keyId),
        eq(apiKeys.userId, options.userId),
        isNull(apiKeys.revokedAt),
      ),
    )
    .returning(API_KEY_INFO_COLUMNS);
  if (!apiKey) throw new AppError('api_key_revoked', 'A revoked API key cannot be rolled');
  await bumpKeyEpoch(apiKey.id, options);
  return { apiKey, secret };
}
