import { AppError } from '@/lib/errors/app-error';
import type { PlanLimitCheck } from './plan-limiter';
import type { ApiPlan } from './plans';
import { rateLimitHeaders } from './rate-limit-headers';

/**
 * Writes a plan check's RateLimit fields into `headers` (sent on every answer, refusals
 * included) and refuses the request when a limit did.
 *
 * @example enforcePlanLimits(limiter.plans[apiKey.plan], check, headers);
 * @throws AppError `rate_limited` past the minute limit, `quota_exceeded` past the 30-day
 *   quota; both 429 with `Retry-After`.
 */
export function enforcePlanLimits(plan: ApiPlan, check: PlanLimitCheck, headers: Headers): void {
  for (const [name, value] of Object.entries(rateLimitHeaders(plan, check))) {
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
