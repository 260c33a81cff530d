import { AppError } from '@/lib/errors/app-error';
import type { PolicyName } from './policies';
import { rateLimiter, type RateLimiter } from './rate-limiter';

/**
 * Counts one request by `identifier` against `policy` and, past the limit, throws
 * `rate_limited` with `Retry-After` (the problem mapper turns it into a 429).
 *
 * @example await enforceLimit('chart-pdf-ip', clientIp(request.headers), 'Too many PDFs');
 */
export async function enforceLimit(
  policy: PolicyName,
  identifier: string,
  message: (limit: number, retryAfterSeconds: number) => string,
  limiter: RateLimiter = rateLimiter(),
): Promise<void> {
  const result = await limiter.check(policy, identifier);
  if (result.ok) return;
  throw new AppError('rate_limited', message(result.limit, result.retryAfterSeconds), {
    retryAfterSeconds: result.retryAfterSeconds,
  });
}
