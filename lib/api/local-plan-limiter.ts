import { announcedKeyEpoch, keyEpochKey } from '@/lib/api-keys/key-epoch';
import {
  ANY_EPOCH,
  MINUTE_MS,
  planLimitCheck,
  planLimiter,
  QUOTA_MS,
  STALE,
  type PlanLimiter,
} from './plan-limiter';
import { PLANS, type PlanTable } from './plans';

export interface LocalPlanLimiterOptions {
  plans?: PlanTable;
  epochPrefix?: string;
}

interface KeyCounts {
  minuteBucket: number;
  current: number;
  previous: number;
  monthBucket: number;
  monthUsed: number;
}

/**
 * `createPlanLimiter`'s limits counted in this process, for when Redis is the in-memory
 * stand-in: that Redis serves this process alone, so counters kept here are exactly as
 * shared, and a request skips running the limit script in the stand-in's Lua interpreter
 * (about a tenth of an API request's CPU). Same windows and arithmetic as the script: a
 * sliding minute weighted over the previous minute, a 30-day quota that throttled requests
 * do not touch. Key epochs are the ones this process announced (`announcedKeyEpoch`): every
 * change reaching the in-memory Redis is made by this process, so they are the same values,
 * read without a trip through the Redis client (a few dozen promises per request). Epoch check
 * and count are synchronous, so concurrent requests cannot interleave in them.
 *
 * @example const check = await createLocalPlanLimiter().check('free', apiKey.id);
 */
export function createLocalPlanLimiter(options: LocalPlanLimiterOptions = {}): PlanLimiter {
  const plans = options.plans ?? PLANS;
  const counts = new Map<string, KeyCounts>();

  const epochOf = (keyId: string) =>
    announcedKeyEpoch(keyEpochKey(keyId, options.epochPrefix)) ?? '';

  function count(keyId: string, perMinute: number, now: number) {
    const minuteBucket = Math.floor(now / MINUTE_MS);
    const monthBucket = Math.floor(now / QUOTA_MS);
    const entry = counts.get(keyId) ?? {
      minuteBucket,
      current: 0,
      previous: 0,
      monthBucket,
      monthUsed: 0,
    };
    counts.set(keyId, entry);
    if (entry.minuteBucket !== minuteBucket) {
      entry.previous = entry.minuteBucket === minuteBucket - 1 ? entry.current : 0;
      entry.current = 0;
      entry.minuteBucket = minuteBucket;
    }
    if (entry.monthBucket !== monthBucket) {
      entry.monthUsed = 0;
      entry.monthBucket = monthBucket;
    }
    const previous = Math.floor((1 - (now % MINUTE_MS) / MINUTE_MS) * entry.previous);
    if (previous + entry.current >= perMinute) {
      return { minuteRemaining: -1, monthUsed: entry.monthUsed };
    }
    entry.current += 1;
    entry.monthUsed += 1;
    return { minuteRemaining: perMinute - (entry.current + previous), monthUsed: entry.monthUsed };
  }

  function run(plan: keyof PlanTable, keyId: string, expectedEpoch: string) {
    const epoch = epochOf(keyId);
    if (expectedEpoch !== ANY_EPOCH && expectedEpoch !== epoch) return Promise.resolve(STALE);
    const now = Date.now();
    return Promise.resolve(
      planLimitCheck(plans[plan], now, { ...count(keyId, plans[plan].perMinute, now), epoch }),
    );
  }

  return planLimiter(plans, run, (keyId) => Promise.resolve(epochOf(keyId)));
}
