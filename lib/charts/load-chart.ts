import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { charts, type StoredBirthData } from '@/db/schema';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { ChartInputSchema } from '@/lib/astro/chart/schema';
import type { Chart } from '@/lib/astro/chart/types';

export interface LoadedChart {
  hash: string;
  chart: Chart;
  birth: StoredBirthData;
}

const HASH = /^[A-Za-z0-9_-]{8,64}$/;

/** The chart stored under a hash, recomputed from its input (cheap and deterministic). */
export async function loadChart(db: Database, hash: string): Promise<LoadedChart | null> {
  if (!HASH.test(hash)) return null;
  const [row] = await db.select().from(charts).where(eq(charts.hash, hash)).limit(1);
  if (!row) return null;
  const chart = computeChart(ChartInputSchema.parse(row.input));
  return { hash: row.hash, chart, birth: row.birth };
}
