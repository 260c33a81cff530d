/** Real births for the composer's tests, each chosen (by scanning dates) for a feature it has. */
import { chartFromBirth } from '@/lib/astro/chart/chart-from-birth';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart, ChartInput } from '@/lib/astro/chart/types';

const PARIS = { latitude: 48.8566, longitude: 2.3522, zone: 'Europe/Paris' };
const NEW_YORK = { latitude: 40.7128, longitude: -74.006 };

/** Paris, 15 May 1990, 14:30 local: earth dominant, a kite on a water grand trine, two T-squares, a Capricorn stellium. */
export const PARIS_1990: ChartInput = {
  utc: new Date('1990-05-15T12:30:00Z'),
  latitude: PARIS.latitude,
  longitude: PARIS.longitude,
};

/** New York, 18 June 1970, 10:30 local: no aspect pattern and no stellium. */
export const NO_PATTERNS: ChartInput = { utc: new Date('1970-06-18T14:30:00Z'), ...NEW_YORK };

/** New York, 12 February 1970, 09:30 local: a T-square and no other pattern. */
export const T_SQUARE: ChartInput = { utc: new Date('1970-02-12T14:30:00Z'), ...NEW_YORK };

/** New Delhi, 4 February 1962, 17:30 local: seven bodies in Aquarius. */
export const AQUARIUS_STELLIUM: ChartInput = {
  utc: new Date('1962-02-04T12:00:00Z'),
  latitude: 28.6139,
  longitude: 77.209,
};

/**
 * A Paris birth on `date` at `time` (null: unknown), through the zone's history as the app does.
 * 1985-03-01: the Moon moved from Gemini into Cancer that day; 1985-03-02: it stayed in Cancer.
 */
export function parisBirth(date: string, time: string | null): Chart {
  const result = chartFromBirth({ date, time, location: PARIS });
  if (result.kind !== 'chart') throw new Error(`${date} ${time}: ${result.kind}`);
  return result.chart;
}

export function chartOf(input: ChartInput, timeUnknown = false): Chart {
  return computeChart({ ...input, timeUnknown });
}
