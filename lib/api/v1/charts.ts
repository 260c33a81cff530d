import { LRUCache } from 'lru-cache';
import type { Database } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import type { ChartRow } from './chart-writer';
import { resolveSubject } from './resolve-subject';
import { storeChart } from './store-chart';
import type { Subject } from './subject.schema';

/** A cast chart as the API answers it: the row to store and the JSON body, already serialised. */
export interface CastChart {
  hash: string;
  row: ChartRow;
  /** `{ hash, chart, time }` as JSON. */
  body: string;
}

/**
 * Answers cast lately, by their validated input: a client that sends the same birth again
 * (retries, a page that re-posts) gets the chart without computing or serialising it again
 * (the 28 KB answer's serialisation costs about as much as the engine). The engine is
 * deterministic, so an entry never goes stale; the cache is bounded by the bodies' size.
 */
const recentCharts = new LRUCache<string, CastChart>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (cast) => cast.body.length * 2 + 1_024,
});

/** Computes a subject's chart and its answer (a pure function of the input). */
function castChart(subject: Subject): CastChart {
  const { chart, time, stored, birth } = resolveSubject(subject);
  return {
    hash: chart.hash,
    row: { hash: chart.hash, input: stored, birth, engineVersion: chart.meta.engineVersion },
    body: JSON.stringify({ hash: chart.hash, chart, time }),
  };
}

/**
 * Computes a subject's chart and stores it under its hash (idempotent by content).
 *
 * @example
 * const { hash, body } = await createApiChart(db, SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }));
 */
export async function createApiChart(db: Database, subject: Subject): Promise<CastChart> {
  const key = JSON.stringify(subject);
  let cast = recentCharts.get(key);
  if (!cast) {
    cast = castChart(subject);
    recentCharts.set(key, cast);
  }
  await storeChart(db, cast.row);
  return cast;
}

/** A stored chart, or `not_found`. */
export async function getApiChart(db: Database, hash: string) {
  const loaded = await loadChart(db, hash);
  if (!loaded) throw new AppError('not_found', 'No chart with that hash');
  return { hash: loaded.hash, chart: loaded.chart, birth: loaded.birth };
}
