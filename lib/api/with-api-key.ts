import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';
import type { ApiScope } from '@/lib/api-keys/scopes';
import { touchLastUsed } from '@/lib/api-keys/touch-last-used';
import { routeLabel, type RouteParams } from '@/lib/api-usage/route-label';
import { AppError } from '@/lib/errors/app-error';
import { problemResponse } from '@/lib/http/problem';
import { route } from '@/lib/http/route-handler';
import { withHeaders } from '@/lib/http/with-headers';
import { requestFingerprint } from '@/lib/idempotency/fingerprint';
import { readIdempotencyKey } from '@/lib/idempotency/idempotency-key';
import { runIdempotent } from '@/lib/idempotency/run-idempotent';
import { logger } from '@/lib/logging/logger';
import { admitApiKey } from './admit-api-key';
import { apiPlatform, type ApiPlatform } from './api-platform';
import { bearerChallenge, bearerToken } from './bearer-token';

export interface ApiContext<P> {
  /** The authenticated key (never its hash). */
  apiKey: ApiKeyInfo;
  requestId: string;
  params: P;
}

export type ApiHandler<P> = (request: Request, context: ApiContext<P>) => Promise<Response>;

export interface WithApiKeyOptions {
  /** The scope the route needs. */
  scope: ApiScope;
  /** Tests inject their own database, Redis and plans. */
  platform?: () => ApiPlatform;
}

/**
 * The wrapper of every `/api/v1` route: bearer key → scope → plan limits (RateLimit fields
 * on every answer, 429 `rate_limited` or `quota_exceeded` with `Retry-After`) → usage count
 * → `Idempotency-Key` handling on POST → the handler, with errors as problem+json through
 * `route()`.
 *
 * @example
 * export const POST = withApiKey(async (request, { apiKey }) => Response.json(…), {
 *   scope: 'charts:write',
 * });
 */
export function withApiKey<P extends RouteParams = Record<string, never>>(
  handler: ApiHandler<P>,
  options: WithApiKeyOptions,
) {
  return route<P>(async (request, { requestId, params }) => {
    const platform = (options.platform ?? apiPlatform)();
    const limitHeaders = new Headers();
    let response: Response;
    try {
      const apiKey = await admit(platform, request, options.scope, limitHeaders);
      platform.usage.record({
        keyId: apiKey.id,
        route: routeLabel(request.method, new URL(request.url).pathname, params),
      });
      response = await runHandler(platform, request, apiKey, () =>
        handler(request, { apiKey, requestId, params }),
      );
    } catch (error) {
      response = refusal(error, requestId, request);
    }
    return withHeaders(response, limitHeaders);
  });
}

/** Authenticates, checks the scope and counts the request against the plan. */
async function admit(
  platform: ApiPlatform,
  request: Request,
  scope: ApiScope,
  limitHeaders: Headers,
): Promise<ApiKeyInfo> {
  const key = bearerToken(request.headers);
  const apiKey = await admitApiKey(platform, { key, scope, headers: limitHeaders });
  void touchLastUsed(platform.db, { keyId: apiKey.id }).catch((error: unknown) =>
    logger.warn({ err: error, keyId: apiKey.id }, 'could not record API key use'),
  );
  return apiKey;
}

/** The handler, at most once per `Idempotency-Key` when the request carries one. */
async function runHandler(
  platform: ApiPlatform,
  request: Request,
  apiKey: ApiKeyInfo,
  execute: () => Promise<Response>,
): Promise<Response> {
  const key = readIdempotencyKey(request);
  if (key === null) return execute();
  const fingerprint = await requestFingerprint(request);
  return runIdempotent(
    { store: platform.idempotency, scope: apiKey.id, key, fingerprint },
    execute,
  );
}

function refusal(error: unknown, requestId: string, request: Request): Response {
  const response = problemResponse(error, requestId, new URL(request.url).pathname);
  const challenge = error instanceof AppError ? bearerChallenge(error.code) : null;
  if (challenge) response.headers.set('WWW-Authenticate', challenge);
  return response;
}
