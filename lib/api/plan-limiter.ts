import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { keyEpochKey } from '@/lib/api-keys/key-epoch';
import {
  DEFAULT_PREFIX,
  limitResult,
  type LimitResult,
  type RatelimitAnswer,
} from '@/lib/rate-limit/rate-limiter';
import { PLANS, type ApiPlan, type PlanName, type PlanTable } from './plans';

/** The quota window: a fixed 30 days, aligned to the Unix epoch. */
export const QUOTA_WINDOW_SECONDS = 30 * 86_400;
export const MINUTE_WINDOW_SECONDS = 60;
const MINUTE_MS = MINUTE_WINDOW_SECONDS * 1000;
const QUOTA_MS = QUOTA_WINDOW_SECONDS * 1000;
const TIMEOUT_MS = 2_000;
/** `@upstash/ratelimit`'s refund: a negative rate gives a token back without a limit check. */
const REFUND = { rate: -1 };

export interface PlanLimitCheck {
  /** The per-minute sliding window. */
  minute: LimitResult;
  /** The 30-day quota. */
  month: LimitResult;
  /** Which limit refused the request (the minute first); null when allowed. */
  refusedBy: 'minute' | 'month' | null;
  /** The key's change epoch as Redis holds it; null when Redis did not answer. */
  epoch: string | null;
}

/** The key changed since its epoch was read: nothing was counted. */
export const STALE = 'stale' as const;

export interface PlanLimiter {
  readonly plans: PlanTable;
  /** Counts one request by `keyId` against its plan's minute limit and quota. */
  check(plan: PlanName, keyId: string): Promise<PlanLimitCheck>;
  /**
   * `check` if the key's change epoch (`lib/api-keys/key-epoch.ts`) is still `epoch`; `STALE`
   * (nothing counted) otherwise.
   */
  checkIfCurrent(
    plan: PlanName,
    keyId: string,
    epoch: string,
  ): Promise<PlanLimitCheck | typeof STALE>;
  /** The key's change epoch ('' if it never changed), or null when Redis does not answer. */
  epoch(keyId: string): Promise<string | null>;
}

export interface PlanLimiterOptions {
  redis: Redis;
  plans?: PlanTable;
  /** Key prefix; tests use a unique one per run. */
  prefix?: string;
  /** Prefix of the key epochs (`lib/api-keys/key-epoch.ts`); tests use their own. */
  epochPrefix?: string;
  /**
   * Reads a key's epoch without Redis, or undefined to ask Redis. With the in-memory stand-in
   * (which only this process reaches) the epochs this process announced are the same values.
   */
  knownEpoch?: (epochKey: string) => string | undefined;
}

/** Never a real epoch (those are whole numbers, or ''). */
export const ANY_EPOCH = '*';

interface PlanRatelimits {
  minute: Ratelimit;
  month: Ratelimit;
}

/**
 * Per-key API limits with `@upstash/ratelimit`: a sliding minute and a 30-day fixed-window
 * quota, each a `Ratelimit` per plan sharing one prefix, so counters are per key and a plan
 * change keeps what was used. The key's change epoch is read with the minute's count (one
 * round trip: the requesters send a turn's commands together); a key that changed since the
 * caller cached its epoch gets its minute back (the library's refund, `rate: -1`) and is
 * answered `STALE`, counted nowhere. The quota is counted after, and only for a request the
 * minute let through (a throttled one only reads it), so throttled calls never eat the month
 * and the quota is exact under any concurrency. When Redis does not answer within 2 s the
 * request goes through (limits favour availability), marked `degraded`.
 *
 * @example
 * const limits = await createPlanLimiter({ redis: redis() }).check('free', apiKey.id);
 */
export function createPlanLimiter(options: PlanLimiterOptions): PlanLimiter {
  const plans = options.plans ?? PLANS;
  const prefix = options.prefix ?? `${DEFAULT_PREFIX}:api`;
  const ratelimits = new Map<PlanName, PlanRatelimits>();

  function ratelimitsOf(plan: PlanName): PlanRatelimits {
    let found = ratelimits.get(plan);
    if (!found) {
      const common = {
        redis: options.redis,
        timeout: TIMEOUT_MS,
        analytics: false,
        // A key blocked in this process's cache would stay blocked after an upgrade.
        ephemeralCache: false as const,
      };
      found = {
        minute: new Ratelimit({
          ...common,
          limiter: Ratelimit.slidingWindow(plans[plan].perMinute, `${MINUTE_WINDOW_SECONDS} s`),
          prefix: `${prefix}:minute`,
        }),
        month: new Ratelimit({
          ...common,
          limiter: Ratelimit.fixedWindow(plans[plan].perMonth, `${QUOTA_WINDOW_SECONDS} s`),
          prefix: `${prefix}:month`,
        }),
      };
      ratelimits.set(plan, found);
    }
    return found;
  }

  async function epochOf(keyId: string): Promise<string | null> {
    const key = keyEpochKey(keyId, options.epochPrefix);
    const known = options.knownEpoch?.(key);
    if (known !== undefined) return known;
    return withTimeout(options.redis.get<string>(key).then((value) => String(value ?? '')));
  }

  async function checkIfCurrent(
    plan: PlanName,
    keyId: string,
    expectedEpoch: string,
  ): Promise<PlanLimitCheck | typeof STALE> {
    const { minute, month } = ratelimitsOf(plan);
    const now = Date.now();
    // The epoch read and the minute's count leave in the same turn, so they travel together.
    const [epoch, perMinute] = await Promise.all([epochOf(keyId), minute.limit(keyId)]);
    if (epoch === null || perMinute.reason === 'timeout') return degradedCheck(plans[plan], now);
    if (expectedEpoch !== ANY_EPOCH && expectedEpoch !== epoch) {
      if (perMinute.success) await minute.limit(keyId, REFUND);
      return STALE;
    }
    const perMonth = await quota(month, keyId, perMinute.success);
    if (!perMonth) return degradedCheck(plans[plan], now);
    return {
      minute: limitResult(perMinute, now),
      month: limitResult(perMonth, now),
      refusedBy: !perMinute.success ? 'minute' : !perMonth.success ? 'month' : null,
      epoch,
    };
  }

  return {
    plans,
    async check(plan, keyId) {
      const checked = await checkIfCurrent(plan, keyId, ANY_EPOCH);
      if (checked === STALE) throw new Error('unreachable: no epoch was expected');
      return checked;
    },
    checkIfCurrent,
    epoch: epochOf,
  };
}

/** The answer, or null when Redis does not answer in time. */
async function withTimeout<T>(promise: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), TIMEOUT_MS);
  });
  // A failure after the timeout has nobody left to hear it.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Counts the request against the quota, or, for a request the minute refused, only reads
 * what is left. Null when Redis does not answer in time.
 */
async function quota(
  month: Ratelimit,
  keyId: string,
  count: boolean,
): Promise<RatelimitAnswer | null> {
  if (count) {
    const counted = await month.limit(keyId);
    return counted.reason === 'timeout' ? null : counted;
  }
  const left = await withTimeout(month.getRemaining(keyId));
  return left && { success: true, ...left };
}

/** A pass when the counters could not be reached: no RateLimit fields are sent for it. */
function degradedCheck(plan: ApiPlan, now: number): PlanLimitCheck {
  return {
    minute: degraded(plan.perMinute, (Math.floor(now / MINUTE_MS) + 1) * MINUTE_MS),
    month: degraded(plan.perMonth, (Math.floor(now / QUOTA_MS) + 1) * QUOTA_MS),
    refusedBy: null,
    epoch: null,
  };
}

function degraded(limit: number, reset: number): LimitResult {
  return { ok: true, limit, remaining: limit, reset, retryAfterSeconds: 0, degraded: true };
}
