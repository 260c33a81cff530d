import type { Redis } from '@upstash/redis';
import { keyEpochKey } from '@/lib/api-keys/key-epoch';
import { DEFAULT_PREFIX, type LimitResult } from '@/lib/rate-limit/rate-limiter';
import { PLANS, type ApiPlan, type PlanName, type PlanTable } from './plans';

/** The quota window: a fixed 30 days, aligned to the Unix epoch. */
export const QUOTA_WINDOW_SECONDS = 30 * 86_400;
export const MINUTE_WINDOW_SECONDS = 60;
export const MINUTE_MS = MINUTE_WINDOW_SECONDS * 1000;
export const QUOTA_MS = QUOTA_WINDOW_SECONDS * 1000;
const TIMEOUT_MS = 2_000;

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
}

/** Never a real epoch (those start with `e`, or are ''). */
export const ANY_EPOCH = '*';

// The epoch check, the sliding minute and the quota in one atomic script: one round trip, and
// a request is counted only by a key that is still what the caller cached. The minute is
// @upstash/ratelimit's single-region sliding window (same keys and arithmetic, so counters
// carry over); the quota is its fixed window. A request the minute refuses never touches the
// quota, so throttled calls do not eat the month. The reply is numbers only (1 counted, 0
// stale), plus the epoch when the caller expected none: the client tries JSON.parse on every
// string it gets back, and a failed parse is an exception thrown on every request.
const ADMIT = `
local epoch = redis.call('GET', KEYS[1]) or ''
local any = ARGV[1] == '${ANY_EPOCH}'
if not any and ARGV[1] ~= epoch then return {0} end
local perMinute, now, minuteMs = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
local previous = tonumber(redis.call('GET', KEYS[3]) or '0')
previous = math.floor((1 - (now % minuteMs) / minuteMs) * previous)
local monthUsed = tonumber(redis.call('GET', KEYS[4]) or '0')
local remaining = -1
if previous + current < perMinute then
  current = redis.call('INCRBY', KEYS[2], 1)
  if current == 1 then redis.call('PEXPIRE', KEYS[2], minuteMs * 2 + 1000) end
  monthUsed = redis.call('INCRBY', KEYS[4], 1)
  if monthUsed == 1 then redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[5])) end
  remaining = perMinute - (current + previous)
end
if any then return {1, remaining, monthUsed, epoch} end
return {1, remaining, monthUsed}
`;

type AdmitReply = [0] | [1, number, number] | [1, number, number, string];

/**
 * Per-key API limits: a sliding minute and a 30-day fixed-window quota, checked with the
 * key's change epoch in one Redis script. Counters are per key, not per plan, so a plan
 * change keeps what was used. When Redis does not answer within 2 s the request goes
 * through (limits favour availability), marked `degraded`.
 *
 * @example
 * const limits = await createPlanLimiter({ redis: redis() }).check('free', apiKey.id);
 */
export function createPlanLimiter(options: PlanLimiterOptions): PlanLimiter {
  const plans = options.plans ?? PLANS;
  const prefix = options.prefix ?? `${DEFAULT_PREFIX}:api`;
  const script = options.redis.createScript<AdmitReply>(ADMIT);

  async function run(
    plan: PlanName,
    keyId: string,
    expectedEpoch: string,
  ): Promise<PlanLimitCheck | typeof STALE> {
    const { perMinute } = plans[plan];
    const now = Date.now();
    const minuteBucket = Math.floor(now / MINUTE_MS);
    const monthBucket = Math.floor(now / QUOTA_MS);
    const reply = await withTimeout(
      script.exec(
        [
          keyEpochKey(keyId, options.epochPrefix),
          `${prefix}:minute:${keyId}:${minuteBucket}`,
          `${prefix}:minute:${keyId}:${minuteBucket - 1}`,
          `${prefix}:month:${keyId}:${monthBucket}`,
        ],
        [expectedEpoch, String(perMinute), String(now), String(MINUTE_MS), String(QUOTA_MS)],
      ),
    );
    if (!reply) return planLimitCheck(plans[plan], now, null);
    if (reply[0] === 0) return STALE;
    const [, minuteRemaining, monthUsed, epoch = expectedEpoch] = reply;
    return planLimitCheck(plans[plan], now, { minuteRemaining, monthUsed, epoch: String(epoch) });
  }

  return planLimiter(plans, run, (keyId) =>
    withTimeout(
      options.redis
        .get<string>(keyEpochKey(keyId, options.epochPrefix))
        .then((value) => String(value ?? '')),
    ),
  );
}

/** A `PlanLimiter` from its epoch-checked count (`check` is that count expecting no epoch). */
export function planLimiter(
  plans: PlanTable,
  checkIfCurrent: PlanLimiter['checkIfCurrent'],
  epoch: PlanLimiter['epoch'],
): PlanLimiter {
  return {
    plans,
    async check(plan, keyId) {
      const result = await checkIfCurrent(plan, keyId, ANY_EPOCH);
      if (result === STALE) throw new Error('unreachable: no epoch was expected');
      return result;
    },
    checkIfCurrent,
    epoch,
  };
}

/** The script's answer, or null when Redis does not answer in time. */
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

/** What a count left: the minute's remaining requests (-1: refused) and the quota used. */
export interface PlanCount {
  minuteRemaining: number;
  monthUsed: number;
  epoch: string;
}

/**
 * A check from what the counters say at `now`, or a degraded pass (`count` null: the
 * counters could not be reached).
 */
export function planLimitCheck(
  plan: ApiPlan,
  now: number,
  count: PlanCount | null,
): PlanLimitCheck {
  const minuteReset = (Math.floor(now / MINUTE_MS) + 1) * MINUTE_MS;
  const monthReset = (Math.floor(now / QUOTA_MS) + 1) * QUOTA_MS;
  if (!count) {
    return {
      minute: degraded(plan.perMinute, minuteReset),
      month: degraded(plan.perMonth, monthReset),
      refusedBy: null,
      epoch: null,
    };
  }
  const minute = result(plan.perMinute, count.minuteRemaining, minuteReset, now);
  const month = result(plan.perMonth, plan.perMonth - count.monthUsed, monthReset, now);
  return {
    minute,
    month,
    refusedBy: !minute.ok ? 'minute' : !month.ok ? 'month' : null,
    epoch: count.epoch,
  };
}

function result(limit: number, remaining: number, reset: number, now: number): LimitResult {
  const ok = remaining >= 0;
  return {
    ok,
    limit,
    remaining: Math.max(0, remaining),
    reset,
    retryAfterSeconds: ok ? 0 : Math.max(1, Math.ceil((reset - now) / 1000)),
    degraded: false,
  };
}

function degraded(limit: number, reset: number): LimitResult {
  return { ok: true, limit, remaining: limit, reset, retryAfterSeconds: 0, degraded: true };
}
