import type { Database } from '@/db/client';
import { chartFromBirth } from '@/lib/astro/chart/chart-from-birth';
import type { Chart, ChartSettings } from '@/lib/astro/chart/types';
import { storeChart } from '@/lib/charts/store-chart';
import { famousBirthInput } from './famous-birth-input';
import type { FamousPerson } from './schema';

/** The dataset gave a time a DST change skipped or repeated without the offset to read it by. */
export class FamousChartError extends Error {
  constructor(readonly personId: string) {
    super(`no single chart for ${personId}: the birth time needs an explicit offset`);
    this.name = 'FamousChartError';
  }
}

/** "Ulm, Baden-Wurttemberg, DE": how a famous person's birthplace reads beside the chart. */
export function famousPlaceLabel(person: FamousPerson): string {
  const { name, admin1, countryCode } = person.place;
  const region = admin1 === null || admin1 === name ? [] : [admin1];
  return [name, ...region, countryCode].join(', ');
}

function computeFamousChart(
  person: FamousPerson,
  settings: Pick<ChartSettings, 'houseSystem' | 'zodiac'> = {},
) {
  const result = chartFromBirth({ ...famousBirthInput(person), ...settings });
  if (result.kind !== 'chart') throw new FamousChartError(person.id);
  return result;
}

/**
 * A famous person's natal chart, computed from the dataset (not stored); pass another chart's
 * zodiac and house system to compare like with like.
 *
 * @example
 * famousChart(getFamous('albert-einstein')!).bodies.sun.sign; // 'pisces'
 */
export function famousChart(
  person: FamousPerson,
  settings: Pick<ChartSettings, 'houseSystem' | 'zodiac'> = {},
): Chart {
  return computeFamousChart(person, settings).chart;
}

/**
 * Stores a famous person's chart like any other chart and returns its hash, so their chart page
 * is `/chart/[hash]`. Idempotent: asking twice gives the same hash and one row.
 *
 * @example
 * const hash = await storeFamousChart(db, getFamous('albert-einstein')!);
 * await loadChart(db, hash); // { birth: { date: '1879-03-14', time: '11:30', … }, … }
 */
export async function storeFamousChart(db: Database, person: FamousPerson): Promise<string> {
  const computed = computeFamousChart(person);
  return storeChart(db, computed, {
    date: person.birthDate,
    time: person.birthTime,
    placeLabel: famousPlaceLabel(person),
    zone: person.place.zone,
  });
}
