import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

export interface UsageCount {
  keyId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  route: string;
  count: number;
}

const ROWS_PER_STATEMENT = 1_000;

/**
 * Adds counts to `api_usage_daily` (`count = count + excluded.count`), so writers in any
 * number of processes sum exactly. Rows are written in key order, so two writers lock rows
 * in the same order and cannot deadlock; counts for keys deleted meanwhile are dropped.
 *
 * @example await writeUsage(db, [{ keyId, day: '2025-01-01', route: 'GET /api/v1/places', count: 3 }]);
 */
export async function writeUsage(db: Database, counts: UsageCount[]): Promise<void> {
  const sorted = [...counts].sort(
    (a, b) => compare(a.keyId, b.keyId) || compare(a.day, b.day) || compare(a.route, b.route),
  );
  for (let i = 0; i < sorted.length; i += ROWS_PER_STATEMENT) {
    const rows = sorted
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((c) => sql`(${c.keyId}, ${c.day}::date, ${c.route}, ${c.count}::bigint)`);
    await db.execute(sql`
      insert into api_usage_daily (key_id, day, route, count)
      select v.key_id, v.day, v.route, v.count
      from (values ${sql.join(rows, sql`, `)}) as v (key_id, day, route, count)
      join api_keys k on k.id = v.key_id
      order by v.key_id, v.day, v.route
      on conflict (key_id, day, route) do update set count = api_usage_daily.count + excluded.count
    `);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
