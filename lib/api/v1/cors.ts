import { withHeaders } from '@/lib/http/with-headers';

/**
 * CORS for API-key requests: any origin may call, credentials are never allowed (the key
 * travels in `Authorization`, not in cookies), so `*` is safe.
 */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Location, Link, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, Idempotent-Replayed',
} as const;

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-headers':
    'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id',
  'access-control-max-age': '86400',
} as const;

/** Adds the CORS fields, copying the response if its headers are immutable. */
export function withCors(response: Response): Response {
  return withHeaders(response, CORS_HEADERS);
}

/**
 * The `OPTIONS` answer of a route: 204 with the methods it serves. No key is needed for a
 * preflight, as browsers never send one.
 *
 * @example export const OPTIONS = preflight(['GET']);
 */
export function preflight(methods: readonly string[]) {
  const allow = [...methods, 'OPTIONS'].join(', ');
  return async (): Promise<Response> =>
    new Response(null, {
      status: 204,
      headers: { ...PREFLIGHT_HEADERS, 'access-control-allow-methods': allow, allow },
    });
}
