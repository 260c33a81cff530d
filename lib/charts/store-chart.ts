import type { Database } from '@/db/client';
import { charts, type StoredBirthData, type StoredChartInput } from '@/db/schema';
import type { ResolvedTime } from '@/lib/astro/chart/chart-from-birth';
import type { Chart } from '@/lib/astro/chart/types';

/** How the birth was entered, shown next to the chart. */
export type StoredBirthLabel = Pick<StoredBirthData, 'date' | 'time' | 'placeLabel' | 'zone'>;

/**
 * Stores a computed chart's input under its hash (idempotent: the same data lands on one row),
 * so the chart URL can be opened again.
 */
export async function storeChart(
  db: Database,
  computed: { chart: Chart; time: ResolvedTime },
  birth: StoredBirthLabel,
): Promise<string> {
  const { chart, time } = computed;
  const input: StoredChartInput = {
    utc: time.utc.toISOString(),
    latitude: chart.latitude,
    longitude: chart.longitude,
    timeUnknown: birth.time === null,
    houseSystem: chart.houseSystem,
    zodiac: chart.zodiac,
  };
  const stored: StoredBirthData = { ...birth, offsetMinutes: time.offsetMinutes, rule: time.rule };
  await db
    .insert(charts)
    .values({
      hash: chart.hash,
      input,
      birth: stored,
      engineVersion: chart.meta.engineVersion,
    })
    .onConflictDoNothing();
  return chart.hash;
}
