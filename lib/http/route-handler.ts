import { logger } from '@/lib/logging/logger';
import { problemResponse } from './problem';
import { requestIdOf } from './request-id';

export interface RouteContext<P> {
  requestId: string;
  params: P;
}

/**
 * Wraps a route handler: request id in and out, one access log line, and every throw
 * mapped to problem+json by the one mapper.
 */
export function route<P = Record<string, never>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, next?: { params?: Promise<P> }): Promise<Response> => {
    const requestId = requestIdOf(request.headers);
    const started = performance.now();
    const path = new URL(request.url).pathname;
    let response: Response;
    try {
      // Routes without dynamic segments get no params from Next: hand on an empty object.
      const params = ((await next?.params) ?? {}) as P;
      response = await handler(request, { requestId, params });
    } catch (error) {
      response = problemResponse(error, requestId, path);
    }
    response.headers.set('x-request-id', requestId);
    logger.info(
      {
        requestId,
        method: request.method,
        path,
        status: response.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
    return response;
  };
}
