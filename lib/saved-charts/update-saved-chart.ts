import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { savedCharts } from '@/db/schema';
import { getSavedChart } from './get-saved-chart';
import { savedChartNotFound } from './not-found';
import { parseInput } from './parse-input';
import type { SavedChart } from './saved-chart';
import {
  RenameSavedChartInputSchema,
  SavedChartIdSchema,
  UpdateTagsInputSchema,
  type RenameSavedChartInput,
  type UpdateTagsInput,
} from './schemas';

async function updateOwned(
  db: Database,
  userId: string,
  id: string,
  changes: { name?: string; tags?: string[] },
): Promise<SavedChart> {
  if (!SavedChartIdSchema.safeParse(id).success) throw savedChartNotFound();
  const updated = await db
    .update(savedCharts)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(savedCharts.id, id), eq(savedCharts.userId, userId)))
    .returning({ id: savedCharts.id });
  if (updated.length === 0) throw savedChartNotFound();
  return getSavedChart(db, { userId, id });
}

/** Renames one of the user's saved charts; anyone else's is `not_found`. */
export async function renameSavedChart(
  db: Database,
  input: RenameSavedChartInput,
): Promise<SavedChart> {
  const { userId, id, name } = parseInput(RenameSavedChartInputSchema, input);
  return updateOwned(db, userId, id, { name });
}

/** Replaces the tags of one of the user's saved charts; anyone else's is `not_found`. */
export async function updateTags(db: Database, input: UpdateTagsInput): Promise<SavedChart> {
  const { userId, id, tags } = parseInput(UpdateTagsInputSchema, input);
  return updateOwned(db, userId, id, { tags });
}
