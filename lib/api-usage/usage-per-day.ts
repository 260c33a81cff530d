import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { apiKeys, apiUsageDaily } from '@/db/schema';
import type { Database } from '@/db/client';
import { lastUtcDays } from '@/lib/analytics/utc-days';

export interface UsagePerDayOptions {
  userId: string;
  /** How many UTC days, ending today (or the day of `now`), 1–366. */
  days: number;
  /** Only this key; all of the user's keys otherwise. */
  keyId?: string;
  now?: Date;
}

export interface UsageDay {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

/**
 * A user's API calls per UTC day over all routes (and all keys, unless `keyId`), oldest
 * first, days without calls as 0: the account chart's series. Counts reach the table within
 * a flush interval of the call.
 *
 * @example await usagePerDay(db, { userId, days: 30 }) // [{ day: '2025-01-01', count: 12 }, …]
 */
export async function usagePerDay(db: Database, options: UsagePerDayOptions): Promise<UsageDay[]> {
  const { days } = lastUtcDays(options.days, options.now ?? new Date());
  const rows = await db
    .select({ day: apiUsageDaily.day, count: sql<number>`sum(${apiUsageDaily.count})::bigint` })
    .from(apiUsageDaily)
    .innerJoin(apiKeys, eq(apiKeys.id, apiUsageDaily.keyId))
    .where(
      and(
        eq(apiKeys.userId, options.userId),
        options.keyId ? eq(apiUsageDaily.keyId, options.keyId) : undefined,
        gte(apiUsageDaily.day, days[0] ?? ''),
        lte(apiUsageDaily.day, days[days.length - 1] ?? ''),
      ),
    )
    .groupBy(apiUsageDaily.day);
  const counts = new Map(rows.map((r) => [r.day, Number(r.count)]));
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
