import type { Database } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import { resolveSubject } from './resolve-subject';
import { storeChart } from './store-chart';
import type { Subject } from './subject.schema';

/**
 * Computes a subject's chart and stores it under its hash (idempotent by content).
 *
 * @example
 * const { hash } = await createApiChart(db, SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }));
 */
export async function createApiChart(db: Database, subject: Subject) {
  const resolved = resolveSubject(subject);
  const hash = await storeChart(db, resolved);
  return { hash, chart: resolved.chart, time: resolved.time };
}

/** A stored chart, or `not_found`. */
export async function getApiChart(db: Database, hash: string) {
  const loaded = await loadChart(db, hash);
  if (!loaded) throw new AppError('not_found', 'No chart with that hash');
  return { hash: loaded.hash, chart: loaded.chart, birth: loaded.birth };
}
