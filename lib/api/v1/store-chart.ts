import type { Database } from '@/db/client';
import { createChartWriter, type ChartWriter } from './chart-writer';
import type { ResolvedSubject } from './resolve-subject';

const writers = new WeakMap<Database, ChartWriter>();

/** Stores a subject's input under its chart hash; the same input always lands on one row. */
export async function storeChart(db: Database, subject: ResolvedSubject): Promise<string> {
  const { chart } = subject;
  let writer = writers.get(db);
  if (!writer) {
    writer = createChartWriter(db);
    writers.set(db, writer);
  }
  await writer.store({
    hash: chart.hash,
    input: subject.stored,
    birth: subject.birth,
    engineVersion: chart.meta.engineVersion,
  });
  return chart.hash;
}
