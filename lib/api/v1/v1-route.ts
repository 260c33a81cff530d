import type { ApiScope } from '@/lib/api-keys/scopes';
import type { RouteParams } from '@/lib/api-usage/route-label';
import { withApiKey, type ApiHandler, type WithApiKeyOptions } from '@/lib/api/with-api-key';
import { withCors } from './cors';

/**
 * A `/api/v1` route: `withApiKey` (key, scope, limits, usage, idempotency, problem+json),
 * then CORS fields on every answer (refusals included). Compression (brotli or gzip) is the
 * web server's (`scripts/web-server.ts`): Next drops a route handler's `Content-Encoding`.
 *
 * @example
 * export const GET = v1Route(async (request, { params }) => Response.json(…), {
 *   scope: 'charts:read',
 * });
 */
export function v1Route<P extends RouteParams = Record<string, never>>(
  handler: ApiHandler<P>,
  options: { scope: ApiScope; platform?: WithApiKeyOptions['platform'] },
) {
  const wrapped = withApiKey<P>(handler, options);
  return async (request: Request, next: { params: Promise<P> }): Promise<Response> =>
    withCors(await wrapped(request, next));
}
