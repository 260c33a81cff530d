import { Ratelimit, type Duration } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { DEFAULT_PREFIX, type LimitResult } from '@/lib/rate-limit/rate-limiter';
import { PLANS, type PlanName, type PlanTable } from './plans';

/** The quota window: a fixed 30 days, aligned to the Unix epoch as `fixedWindow` aligns it. */
export const QUOTA_WINDOW: Duration = '30 d';
export const QUOTA_WINDOW_SECONDS = 30 * 86_400;
export const MINUTE_WINDOW_SECONDS = 60;
const TIMEOUT_MS = 2_000;

export interface PlanLimitCheck {
  /** The per-minute sliding window. */
  minute: LimitResult;
  /** The 30-day quota. */
  month: LimitResult;
  /** Which limit refused the request (the minute first); null when allowed. */
  refusedBy: 'minute' | 'month' | null;
}

export interface PlanLimiter {
  readonly plans: PlanTable;
  /** Counts one request by `keyId` against its plan's minute limit and quota. */
  check(plan: PlanName, keyId: string): Promise<PlanLimitCheck>;
}

export interface PlanLimiterOptions {
  redis: Redis;
  plans?: PlanTable;
  /** Key prefix; tests use a unique one per run. */
  prefix?: string;
}

/**
 * Per-key API limits on `@upstash/ratelimit`: a sliding minute and a 30-day fixed-window
 * quota, checked in parallel (one Redis round trip of latency). A request the minute limit
 * refuses is refunded to the quota, so throttled calls never eat the month. Counters are
 * per key, not per plan, so a plan change keeps what was used.
 *
 * @example
 * const limits = await createPlanLimiter({ redis: redis() }).check('free', apiKey.id);
 */
export function createPlanLimiter(options: PlanLimiterOptions): PlanLimiter {
  const plans = options.plans ?? PLANS;
  const prefix = options.prefix ?? `${DEFAULT_PREFIX}:api`;
  const instances = new Map<string, Ratelimit>();

  function limiter(plan: PlanName, window: 'minute' | 'month'): Ratelimit {
    const name = `${plan}:${window}`;
    let instance = instances.get(name);
    if (!instance) {
      const { perMinute, perMonth } = plans[plan];
      instance = new Ratelimit({
        redis: options.redis,
        limiter:
          window === 'minute'
            ? Ratelimit.slidingWindow(perMinute, '1 m')
            : Ratelimit.fixedWindow(perMonth, QUOTA_WINDOW),
        prefix: `${prefix}:${window}`,
        timeout: TIMEOUT_MS,
        analytics: false,
      });
      instances.set(name, instance);
    }
    return instance;
  }

  return {
    plans,
    async check(plan, keyId) {
      const quota = limiter(plan, 'month');
      const [minute, month] = await Promise.all([
        limiter(plan, 'minute').limit(keyId),
        quota.limit(keyId),
      ]);
      const refund = !minute.success && month.success && month.reason !== 'timeout';
      const monthAfter = refund ? await quota.limit(keyId, { rate: -1 }) : month;
      return {
        minute: toLimitResult(minute),
        month: toLimitResult(monthAfter),
        refusedBy: !minute.success ? 'minute' : !month.success ? 'month' : null,
      };
    },
  };
}

type RatelimitResponse = Awaited<ReturnType<Ratelimit['limit']>>;

function toLimitResult(response: RatelimitResponse): LimitResult {
  const waitMs = response.reset - Date.now();
  return {
    ok: response.success,
    limit: response.limit,
    remaining: Math.max(0, response.remaining),
    reset: response.reset,
    retryAfterSeconds: response.success ? 0 : Math.max(1, Math.ceil(waitMs / 1000)),
    degraded: response.reason === 'timeout',
  };
}
