import { apiKeys, type ApiKeyRow } from '@/db/schema';

/** What the platform shows about a key: everything except its hash. */
export type ApiKeyInfo = Omit<ApiKeyRow, 'hash'>;

/** The columns of `ApiKeyInfo`, for selects and `returning`; the hash is never read out. */
export const API_KEY_INFO_COLUMNS = {
  id: apiKeys.id,
  userId: apiKeys.userId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  environment: apiKeys.environment,
  plan: apiKeys.plan,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  rolledAt: apiKeys.rolledAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** A key with its secret, as answered exactly once: at creation and at roll. */
export interface IssuedApiKey {
  apiKey: ApiKeyInfo;
  /** The full key. Show it once; it cannot be recovered. */
  secret: string;
}
