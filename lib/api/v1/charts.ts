import { LRUCache } from 'lru-cache';
import type { Database } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import { resolveSubject, type ResolvedSubject } from './resolve-subject';
import { storeChart } from './store-chart';
import type { Subject } from './subject.schema';

/**
 * Subjects cast lately, by their validated input: a client that sends the same birth again
 * (retries, a page that re-posts) gets the chart without recomputing it. The engine is
 * deterministic and the entries are only read, never changed.
 */
const recentSubjects = new LRUCache<string, ResolvedSubject>({ max: 1_000 });

/**
 * Computes a subject's chart and stores it under its hash (idempotent by content).
 *
 * @example
 * const { hash } = await createApiChart(db, SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }));
 */
export async function createApiChart(db: Database, subject: Subject) {
  const key = JSON.stringify(subject);
  let resolved = recentSubjects.get(key);
  if (!resolved) {
    resolved = resolveSubject(subject);
    recentSubjects.set(key, resolved);
  }
  const hash = await storeChart(db, resolved);
  return { hash, chart: resolved.chart, time: resolved.time };
}

/** A stored chart, or `not_found`. */
export async function getApiChart(db: Database, hash: string) {
  const loaded = await loadChart(db, hash);
  if (!loaded) throw new AppError('not_found', 'No chart with that hash');
  return { hash: loaded.hash, chart: loaded.chart, birth: loaded.birth };
}
