import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { charts, savedCharts } from '@/db/schema';
import { savedChartNotFound } from './not-found';
import { parseInput } from './parse-input';
import { savedChartColumns, type SavedChart } from './saved-chart';
import { SavedChartIdSchema, SavedChartRefSchema, type SavedChartRef } from './schemas';

/** One of the user's saved charts; anyone else's id, or no such id, is `not_found`. */
export async function getSavedChart(db: Database, ref: SavedChartRef): Promise<SavedChart> {
  const { userId, id } = parseInput(SavedChartRefSchema, ref);
  if (!SavedChartIdSchema.safeParse(id).success) throw savedChartNotFound();
  const [row] = await db
    .select(savedChartColumns)
    .from(savedCharts)
    .innerJoin(charts, eq(charts.hash, savedCharts.chartHash))
    .where(and(eq(savedCharts.id, id), eq(savedCharts.userId, userId)))
    .limit(1);
  if (!row) throw savedChartNotFound();
  return row;
}

/** The user's saved entry for a chart, if they saved it: lets the chart page prefill. */
export async function findSavedChartByHash(
  db: Database,
  { userId, chartHash }: { userId: string; chartHash: string },
): Promise<SavedChart | null> {
  const [row] = await db
    .select(savedChartColumns)
    .from(savedCharts)
    .innerJoin(charts, eq(charts.hash, savedCharts.chartHash))
    .where(and(eq(savedCharts.userId, userId), eq(savedCharts.chartHash, chartHash)))
    .limit(1);
  return row ?? null;
}
