import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';
import { hashApiKey } from './hash-api-key';
import { looksLikeApiKey } from './key-format';

export interface AuthenticateApiKeyOptions {
  /** The key as the client sent it. */
  key: string;
}

/**
 * The key a request presents, or a typed refusal: `api_key_invalid` for a malformed, unknown
 * or rolled-away key (malformed ones never reach the database), `api_key_revoked` for a
 * revoked one. Every call reads the database, so revocation and rolling take effect at once
 * on every instance.
 *
 * @example const apiKey = await authenticateApiKey(db, { key: bearerToken });
 */
export async function authenticateApiKey(
  db: Database,
  options: AuthenticateApiKeyOptions,
): Promise<ApiKeyInfo> {
  if (!looksLikeApiKey(options.key)) throw invalid();
  const hash = hashApiKey(options.key);
  const [row] = await db
    .select({ ...API_KEY_INFO_COLUMNS, hash: apiKeys.hash })
    .from(apiKeys)
    .where(eq(apiKeys.hash, hash));
  // The index lookup is by a hash the caller cannot steer, so its timing reveals nothing
  // useful; the constant-time comparison keeps the final check free of early exits anyway.
  if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) throw invalid();
  if (row.revokedAt) throw new AppError('api_key_revoked', 'This API key has been revoked');
  const { hash: _hash, ...apiKey } = row;
  return apiKey;
}

function invalid(): AppError {
  return new AppError('api_key_invalid', 'The API key is not valid');
}
