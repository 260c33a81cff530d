import type { Database } from '@/db/client';
import { createChartWriter, type ChartRow, type ChartWriter } from './chart-writer';

const writers = new WeakMap<Database, ChartWriter>();

/** Stores a chart's input under its hash; the same input always lands on one row. */
export async function storeChart(db: Database, row: ChartRow): Promise<void> {
  let writer = writers.get(db);
  if (!writer) {
    writer = createChartWriter(db);
    writers.set(db, writer);
  }
  await writer.store(row);
}
