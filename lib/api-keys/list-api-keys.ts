import { desc, eq } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';

export interface ListApiKeysOptions {
  userId: string;
}

/**
 * A user's keys, newest first, revoked ones included (with `revokedAt`). Never hashes.
 *
 * @example const keys = await listApiKeys(db, { userId });
 */
export async function listApiKeys(
  db: Database,
  options: ListApiKeysOptions,
): Promise<ApiKeyInfo[]> {
  return db
    .select(API_KEY_INFO_COLUMNS)
    .from(apiKeys)
    .where(eq(apiKeys.userId, options.userId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}
