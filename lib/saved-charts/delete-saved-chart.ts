import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { savedCharts } from '@/db/schema';
import { savedChartNotFound } from './not-found';
import { parseInput } from './parse-input';
import { SavedChartIdSchema, SavedChartRefSchema, type SavedChartRef } from './schemas';

/** Removes one of the user's saved charts (the chart itself stays shareable by its hash). */
export async function deleteSavedChart(db: Database, ref: SavedChartRef): Promise<void> {
  const { userId, id } = parseInput(SavedChartRefSchema, ref);
  if (!SavedChartIdSchema.safeParse(id).success) throw savedChartNotFound();
  const deleted = await db
    .delete(savedCharts)
    .where(and(eq(savedCharts.id, id), eq(savedCharts.userId, userId)))
    .returning({ id: savedCharts.id });
  if (deleted.length === 0) throw savedChartNotFound();
}
