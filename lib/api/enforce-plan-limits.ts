import type { ApiKeyInfo } from '@/lib/api-keys/api-key-info';
import { AppError } from '@/lib/errors/app-error';
import type { PlanLimiter } from './plan-limiter';
import { rateLimitHeaders } from './rate-limit-headers';

/**
 * Counts a request against its key's plan and writes the RateLimit fields into `headers`
 * (sent on every answer, refusals included).
 *
 * @example await enforcePlanLimits(limiter, apiKey, headers);
 * @throws AppError `rate_limited` past the minute limit, `quota_exceeded` past the 30-day
 *   quota; both 429 with `Retry-After`.
 */
export async function enforcePlanLimits(
  limiter: PlanLimiter,
  apiKey: Pick<ApiKeyInfo, 'id' | 'plan'>,
  headers: Headers,
): Promise<void> {
  const check = await limiter.check(apiKey.plan, apiKey.id);
  for (const [name, value] of Object.entries(rateLimitHeaders(limiter.plans[apiKey.plan], check))) {
    headers.set(name, value);
  }
  if (check.refusedBy === 'minute') {
    throw new AppError('rate_limited', 'Too many requests for this API key; slow down', {
      retryAfterSeconds: check.minute.retryAfterSeconds,
    });
  }
  if (check.refusedBy === 'month') {
    throw new AppError('quota_exceeded', "This API key's plan quota is used up", {
      retryAfterSeconds: check.month.retryAfterSeconds,
    });
  }
}
