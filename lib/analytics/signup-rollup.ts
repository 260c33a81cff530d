import { and, gte, lt, lte, sql } from 'drizzle-orm';
import { signupDaily, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { lastUtcDays } from './utc-days';

export interface SignupDayCount {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

export interface SignupWindow {
  /** How many UTC days, ending with today (or the day of `now`), 1–366. */
  days: number;
  now?: Date;
}

// Arbitrary constant, distinct from the migration lock: serialises concurrent refreshes.
const ROLLUP_LOCK = 727_002;

function withZeros(days: string[], counts: Map<string, number>): SignupDayCount[] {
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/**
 * Recomputes sign-ups per UTC day from `users` for a window of days and upserts them into
 * `signup_daily`. Idempotent. Refreshes take a transaction-scoped advisory lock, so two of
 * them cannot interleave and leave an older count behind a newer one.
 *
 * @example await refreshSignupRollup(db, { days: 1, now: signedUpAt }) // that day only
 */
export async function refreshSignupRollup(
  db: Database,
  window: SignupWindow,
): Promise<SignupDayCount[]> {
  const { days, from, to } = lastUtcDays(window.days, window.now ?? new Date());
  const day = sql<string>`to_char(${users.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ROLLUP_LOCK})`);
    const rows = await tx
      .select({ day, count: sql<number>`count(*)::int` })
      .from(users)
      .where(and(gte(users.createdAt, from), lt(users.createdAt, to)))
      .groupBy(day);
    const result = withZeros(days, new Map(rows.map((r) => [r.day, r.count])));
    await tx
      .insert(signupDaily)
      .values(result)
      .onConflictDoUpdate({
        target: signupDaily.day,
        set: { count: sql`excluded.count`, updatedAt: sql`now()` },
      });
    return result;
  });
}

/**
 * Sign-ups per UTC day from the rollup, oldest first, days without a row as 0: the admin
 * chart's series.
 *
 * @example await signupsPerDay(db, { days: 30 }) // [{ day: '2025-01-01', count: 4 }, …]
 */
export async function signupsPerDay(db: Database, window: SignupWindow): Promise<SignupDayCount[]> {
  const { days } = lastUtcDays(window.days, window.now ?? new Date());
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const rows = await db
    .select({ day: signupDaily.day, count: signupDaily.count })
    .from(signupDaily)
    .where(and(gte(signupDaily.day, first), lte(signupDaily.day, last)));
  return withZeros(days, new Map(rows.map((r) => [r.day, r.count])));
}
