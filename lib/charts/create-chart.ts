import type { Database } from '@/db/client';
import { chartFromBirth } from '@/lib/astro/chart/chart-from-birth';
import { AstroError } from '@/lib/astro/errors';
import type { Chart } from '@/lib/astro/chart/types';
import type { UtcReading } from '@/lib/astro/time/types';
import { AppError } from '@/lib/errors/app-error';
import { getPlace } from '@/lib/places/get-place';
import { BirthRequestSchema, type BirthRequest } from './birth-request';
import { storeChart } from './store-chart';

export type CreateChartResult =
  | { kind: 'chart'; hash: string; chart: Chart }
  /** A DST change skipped or repeated the local time: the person must pick a reading. */
  | { kind: 'gap' | 'ambiguous'; candidates: [UtcReading, UtcReading] };

function field(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: [{ field, message }] });
}

/**
 * Computes the chart for civil birth data from a gazetteer place and stores it by hash
 * ({@link storeChart}).
 */
export async function createChart(db: Database, request: BirthRequest): Promise<CreateChartResult> {
  const input = BirthRequestSchema.parse(request);
  const place = getPlace(input.placeId);
  if (!place) throw field('placeId', 'place_unknown');

  let result;
  try {
    result = chartFromBirth({
      date: input.date,
      time: input.time,
      location: { latitude: place.lat, longitude: place.lon, zone: place.timeZone },
      houseSystem: input.houseSystem,
      zodiac: input.zodiac,
      ...(input.disambiguation ? { disambiguation: input.disambiguation } : {}),
    });
  } catch (error) {
    // The engine's typed refusals (Feb 30, out of range…) are the person's input to fix.
    if (error instanceof AstroError)
      throw field(error.code.includes('time') ? 'time' : 'date', error.code);
    throw error;
  }
  if (result.kind !== 'chart') return result;

  const hash = await storeChart(db, result, {
    date: input.date,
    time: input.time,
    placeLabel: place.label,
    zone: place.timeZone,
  });
  return { kind: 'chart', hash, chart: result.chart };
}
