import type { LimitResult } from '@/lib/rate-limit/rate-limiter';
import { MINUTE_WINDOW_SECONDS, QUOTA_WINDOW_SECONDS, type PlanLimitCheck } from './plan-limiter';
import type { ApiPlan } from './plans';

/**
 * The rate-limit fields of draft-ietf-httpapi-ratelimit-headers-09: `RateLimit-Policy`
 * lists the plan's two quota policies (`q` units per `w` seconds) and `RateLimit` the live
 * state of each (`r` remaining, `t` seconds to reset), as Structured Field lists. The
 * `RateLimit` field is left out when Redis did not answer (the counts would be made up).
 *
 * @example
 * rateLimitHeaders({ perMinute: 10, perMonth: 1000 }, check)
 * // RateLimit-Policy: "minute";q=10;w=60, "month";q=1000;w=2592000
 * // RateLimit: "minute";r=9;t=42, "month";r=999;t=1814400
 */
export function rateLimitHeaders(
  plan: ApiPlan,
  check: Pick<PlanLimitCheck, 'minute' | 'month' | 'refusedBy'>,
  now: number = Date.now(),
): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': [
      `"minute";q=${plan.perMinute};w=${MINUTE_WINDOW_SECONDS}`,
      `"month";q=${plan.perMonth};w=${QUOTA_WINDOW_SECONDS}`,
    ].join(', '),
  };
  if (!check.minute.degraded && !check.month.degraded) {
    headers.RateLimit = [
      serviceLimit('minute', check.minute, now),
      serviceLimit('month', check.month, now),
    ].join(', ');
  }
  return headers;
}

function serviceLimit(policy: string, result: LimitResult, now: number): string {
  // On a refusal, `t` names the same instant as `Retry-After`, as the draft asks.
  const seconds = result.ok
    ? Math.max(0, Math.ceil((result.reset - now) / 1000))
    : result.retryAfterSeconds;
  return `"${policy}";r=${result.remaining};t=${seconds}`;
}
