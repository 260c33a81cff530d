import { and, eq } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';

/** Which key, of whose: every change names the owner, so one user cannot touch another's. */
export interface OwnedKeyOptions {
  userId: string;
  keyId: string;
}

/** The user's key, or `not_found` (also when it belongs to someone else). */
export async function findOwnedKey(db: Database, options: OwnedKeyOptions): Promise<ApiKeyInfo> {
  const [row] = await db
    .select(API_KEY_INFO_COLUMNS)
    .from(apiKeys)
    .where(and(eq(apiKeys.id, options.keyId), eq(apiKeys.userId, options.userId)));
  if (!row) throw new AppError('not_found', 'No API key with this id');
  return row;
}
