import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';
import { hasScope, type ApiScope } from '@/lib/api-keys/scopes';
import { AppError } from '@/lib/errors/app-error';

/**
 * Refuses a key without the scope a route needs.
 *
 * @example requireScope(apiKey, 'charts:write');
 * @throws AppError `scope_missing` (403), naming the scope.
 */
export function requireScope(apiKey: Pick<ApiKeyInfo, 'scopes'>, scope: ApiScope): void {
  if (!hasScope(apiKey.scopes, scope)) {
    throw new AppError('scope_missing', `This API key lacks the scope ${scope}`, { scope });
  }
}
