import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { savedCharts } from '@/db/schema';
import { AppError } from '@/lib/errors/app-error';
import { findSavedChartByHash } from './get-saved-chart';
import { parseInput } from './parse-input';
import type { SavedChart } from './saved-chart';
import { SaveChartInputSchema, type SaveChartInput } from './schemas';

/**
 * A `foreign_key_violation` on the chart column: no chart under that hash. postgres-js names
 * the constraint `constraint_name`, PGlite `constraint`; a violation on the user column is a
 * bug of the caller, not the person's input, and is left to propagate.
 */
function isUnknownChart(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, constraint_name } = e as Record<string, unknown>;
    if (code === '23503') return String(constraint ?? constraint_name).includes('chart_hash');
  }
  return false;
}

/**
 * Keeps a chart in the user's list under a name and tags. Saving a chart already kept
 * replaces its name and tags (one row per user and chart, settled by the unique key even
 * when two saves race); it keeps its place in the list.
 */
export async function saveChart(db: Database, input: SaveChartInput): Promise<SavedChart> {
  const { userId, chartHash, name, tags } = parseInput(SaveChartInputSchema, input);
  try {
    await db
      .insert(savedCharts)
      .values({ userId, chartHash, name, tags })
      .onConflictDoUpdate({
        target: [savedCharts.userId, savedCharts.chartHash],
        set: { name, tags, updatedAt: sql`now()` },
      });
  } catch (error) {
    if (isUnknownChart(error)) {
      throw new AppError('not_found', 'chart_unknown', {
        fields: [{ field: 'chartHash', message: 'chart_unknown' }],
      });
    }
    throw error;
  }
  const saved = await findSavedChartByHash(db, { userId, chartHash });
  if (!saved) throw new AppError('internal', 'Saved chart vanished after upsert');
  return saved;
}
