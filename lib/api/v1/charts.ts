import { LRUCache } from 'lru-cache';
import type { Database } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import type { CastChart } from './cast-chart';
import { chartCaster } from './chart-caster';
import { locateSubject } from './resolve-subject';
import { storeChart } from './store-chart';
import type { Subject } from './subject.schema';

/**
 * Answers cast lately, by their validated input: a client that sends the same birth again
 * (retries, a page that re-posts) gets the chart without computing or serialising it again
 * (the 28 KB answer's serialisation costs about as much as the engine). The engine is
 * deterministic, so an entry never goes stale; the cache is bounded by the bodies' size.
 */
const recentCharts = new LRUCache<string, CastChart>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (cast) => cast.body.byteLength + 1_024,
});

/**
 * Computes a subject's chart (on a worker thread, see `chart-caster.ts`) and stores it under
 * its hash (idempotent by content). The place is looked up here, so an unknown one is refused
 * before any work is handed over.
 *
 * @example
 * const { hash, body } = await createApiChart(db, SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }));
 */
export async function createApiChart(db: Database, subject: Subject): Promise<CastChart> {
  const key = JSON.stringify(subject);
  let cast = recentCharts.get(key);
  if (!cast) {
    cast = await chartCaster().cast({ subject, location: locateSubject(subject) });
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
