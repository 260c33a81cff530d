import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { keyEpochKey } from '@/lib/api-keys/key-epoch';
import { DEFAULT_PREFIX, type LimitResult } from '@/lib/rate-limit/rate-limiter';
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
   * `check`, in the same Redis round trip, only if the key's change epoch
   * (`lib/api-keys/key-epoch.ts`) is still `epoch`; `STALE` otherwise.
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
 * change keeps what was used. The key's change epoch, the minute and the quota are read and
 * counted at once (one round trip: the requesters send a turn's commands together); what
 * should not have counted is then given back with the library's refund (`rate: -1`): the
 * quota of a call the minute throttled, so throttled calls never eat the month, and both
 * counts of a key that changed since the caller cached its epoch (`STALE`), so it is counted
 * nowhere. When Redis does not answer within 2 s the request goes through (limits favour
 * availability), marked `degraded`.
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
    // All three leave in the same turn, so they travel together (see the requesters).
    const [epoch, perMinute, perMonth] = await Promise.all([
      epochOf(keyId),
      minute.limit(keyId),
      month.limit(keyId),
    ]);
    if (epoch === null || perMinute.reason === 'timeout' || perMonth.reason === 'timeout') {
      return degradedCheck(plans[plan], now);
    }
    const stale = expectedEpoch !== ANY_EPOCH && expectedEpoch !== epoch;
    if (stale || !perMinute.success) {
      // Given back: a key found changed is counted nowhere, a throttled call never eats the month.
      const [, monthLeft] = await Promise.all([
        stale && perMinute.success ? minute.limit(keyId, REFUND) : null,
        month.limit(keyId, REFUND),
      ]);
      if (stale) return STALE;
      return {
        minute: result(plans[plan].perMinute, perMinute, now),
        month: result(
          plans[plan].perMonth,
          monthLeft.reason === 'timeout' ? perMonth : monthLeft,
          now,
        ),
        refusedBy: 'minute',
        epoch,
      };
    }
    return {
      minute: result(plans[plan].perMinute, perMinute, now),
      month: result(plans[plan].perMonth, perMonth, now),
      refusedBy: perMonth.success ? null : 'month',
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

/** What `Ratelimit` answered for one window. */
interface WindowAnswer {
  success: boolean;
  remaining: number;
  reset: number;
}

function result(limit: number, answer: WindowAnswer, now: number): LimitResult {
  return {
    ok: answer.success,
    limit,
    remaining: Math.max(0, answer.remaining),
    reset: answer.reset,
    retryAfterSeconds: answer.success ? 0 : Math.max(1, Math.ceil((answer.reset - now) / 1000)),
    degraded: false,
  };
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
