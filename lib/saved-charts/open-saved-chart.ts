import type { Database } from '@/db/client';
import type { Chart } from '@/lib/astro/chart/types';
import { loadChart } from '@/lib/charts/load-chart';
import { getSavedChart } from './get-saved-chart';
import { savedChartNotFound } from './not-found';
import type { SavedChart } from './saved-chart';
import type { SavedChartRef } from './schemas';

/** A saved chart with its chart computed: what its owner-only page shows. */
export interface OpenedSavedChart {
  saved: SavedChart;
  chart: Chart;
}

/**
 * One of the user's saved charts, with the chart recomputed from its stored input. Anyone
 * else's id, an unknown one or a malformed one is the same `not_found` (never "forbidden"),
 * so the page cannot be used to learn that someone saved something.
 *
 * @example
 * const { saved, chart } = await openSavedChart(db, { userId: session.user.id, id });
 */
export async function openSavedChart(db: Database, ref: SavedChartRef): Promise<OpenedSavedChart> {
  const saved = await getSavedChart(db, ref);
  const loaded = await loadChart(db, saved.chartHash);
  // Deleting a chart deletes its saved entries; this covers the moment in between.
  if (!loaded) throw savedChartNotFound();
  return { saved, chart: loaded.chart };
}
