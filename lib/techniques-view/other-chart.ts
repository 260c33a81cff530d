import type { Database } from '@/db/client';
import { loadChart, type LoadedChart } from '@/lib/charts/load-chart';
import { chartHashFromRef } from './chart-ref';
import { firstParam, type FieldErrorCode, type SearchParams } from './query-params';

export interface OtherChart {
  /** What was typed, to show again in the field. */
  ref: string;
  loaded: LoadedChart | null;
  error: FieldErrorCode | null;
}

/**
 * The second chart of a synastry or composite, from the `other` query parameter (a chart link or
 * hash). No parameter: nothing chosen yet, no error.
 *
 * @example
 * await otherChartFrom(db(), { other: 'https://…/en/chart/AbCdEf0123456789' });
 */
export async function otherChartFrom(db: Database, params: SearchParams): Promise<OtherChart> {
  const ref = firstParam(params, 'other') ?? '';
  if (!ref) return { ref, loaded: null, error: null };
  const hash = chartHashFromRef(ref);
  if (!hash) return { ref, loaded: null, error: 'chart_ref_invalid' };
  const loaded = await loadChart(db, hash);
  return { ref, loaded, error: loaded ? null : 'chart_not_found' };
}
