import { AppError, type ErrorCode } from '@/lib/errors/app-error';

/**
 * The API key from `Authorization: Bearer <key>`.
 *
 * @example bearerToken(new Headers({ authorization: 'Bearer ork_live_…' })) // 'ork_live_…'
 * @throws AppError `unauthenticated` when the header is missing or not a bearer token.
 */
export function bearerToken(headers: Headers): string {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match?.[1]) {
    throw new AppError('unauthenticated', 'Send your API key as `Authorization: Bearer <key>`');
  }
  return match[1];
}

/**
 * The `WWW-Authenticate` challenge for a refused request (RFC 6750), or null when the code
 * is not an authentication failure.
 *
 * @example bearerChallenge('api_key_revoked') // 'Bearer realm="orrery", error="invalid_token"'
 */
export function bearerChallenge(code: ErrorCode): string | null {
  if (code === 'unauthenticated') return 'Bearer realm="orrery"';
  if (code === 'api_key_invalid' || code === 'api_key_revoked') {
    return 'Bearer realm="orrery", error="invalid_token"';
  }
  return null;
}
