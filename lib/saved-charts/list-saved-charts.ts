import { and, arrayContains, desc, eq, or, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { charts, savedCharts } from '@/db/schema';
import { decodeCursor, encodeCursor } from './cursor';
import { parseInput } from './parse-input';
import { savedChartColumns, type SavedChart } from './saved-chart';
import { ListSavedChartsInputSchema, type ListSavedChartsInput } from './schemas';

export interface SavedChartPage {
  items: SavedChart[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The user's saved charts, newest first, optionally only those with a tag. Keyset
 * pagination on (created_at, id), so rows saved meanwhile never shift a page. An unreadable
 * cursor starts from the top.
 */
export async function listSavedCharts(
  db: Database,
  input: ListSavedChartsInput,
): Promise<SavedChartPage> {
  const { userId, tag, cursor, limit } = parseInput(ListSavedChartsInputSchema, input);
  const conditions: SQL[] = [eq(savedCharts.userId, userId)];
  if (tag) conditions.push(arrayContains(savedCharts.tags, [tag]));
  const after = cursor ? decodeCursor(cursor) : null;
  if (after) {
    const before = or(
      lt(savedCharts.createdAt, after.createdAt),
      and(eq(savedCharts.createdAt, after.createdAt), lt(savedCharts.id, after.id)),
    );
    if (before) conditions.push(before);
  }
  const rows = await db
    .select(savedChartColumns)
    .from(savedCharts)
    .innerJoin(charts, eq(charts.hash, savedCharts.chartHash))
    .where(and(...conditions))
    .orderBy(desc(savedCharts.createdAt), desc(savedCharts.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** Every tag the user has used, alphabetically: the choices of the list's tag filter. */
export async function listSavedChartTags(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${savedCharts.tags})`.as('tag') })
    .from(savedCharts)
    .where(eq(savedCharts.userId, userId));
  return rows.map((r) => r.tag).sort();
}
