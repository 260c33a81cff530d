import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';

/** A key as the account API answers it and the account page shows it: no hash, no owner. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  environment: ApiKeyInfo['environment'];
  plan: ApiKeyInfo['plan'];
  scopes: ApiKeyInfo['scopes'];
  createdAt: string;
  rolledAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A key issued or rolled just now: the only answers that carry the full secret. */
export interface IssuedApiKeyView {
  apiKey: ApiKeyView;
  secret: string;
}

/**
 * The wire form of a key, dates as ISO strings.
 *
 * @example toKeyView(info).createdAt // '2026-01-01T10:00:00.000Z'
 */
export function toKeyView(info: ApiKeyInfo): ApiKeyView {
  return {
    id: info.id,
    name: info.name,
    prefix: info.prefix,
    environment: info.environment,
    plan: info.plan,
    scopes: info.scopes,
    createdAt: info.createdAt.toISOString(),
    rolledAt: info.rolledAt?.toISOString() ?? null,
    lastUsedAt: info.lastUsedAt?.toISOString() ?? null,
    revokedAt: info.revokedAt?.toISOString() ?? null,
  };
}
