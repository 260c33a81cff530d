import type { AspectOptions } from '../aspects';
import { computeChart } from '../chart/compute-chart';
import type { Chart } from '../chart/types';
import type { HouseSystem } from '../types';
import { lunarReturnJds, solarReturnJd } from './returns';

export interface ReturnOptions {
  /** Where the return is cast (where the native is at that time); the birth place by default. */
  place?: { latitude: number; longitude: number };
  /** The natal chart's system by default. */
  houseSystem?: HouseSystem;
  aspects?: AspectOptions;
}

function castAt(natal: Chart, jdUt: number, options: ReturnOptions): Chart {
  return computeChart({
    jdUt,
    latitude: options.place?.latitude ?? natal.latitude,
    longitude: options.place?.longitude ?? natal.longitude,
    houseSystem: options.houseSystem ?? natal.houseSystem,
    zodiac: natal.zodiac,
    ...(options.aspects ? { aspects: options.aspects } : {}),
  });
}

/**
 * Solar return chart: cast for the instant (to 0.1 s) the Sun comes back to its natal longitude
 * in `year`, in the natal zodiac (a sidereal natal chart gets the sidereal return).
 *
 * @example
 * solarReturnChart(natal, 2025, { place: { latitude: 40.71, longitude: -74.01 } }).utc;
 */
export function solarReturnChart(natal: Chart, year: number, options: ReturnOptions = {}): Chart {
  const jdUt = solarReturnJd({
    natalJd: natal.jdUt,
    natalSunLon: natal.bodies.sun.lon,
    birthYear: new Date(natal.utc).getUTCFullYear(),
    year,
    ...(natal.zodiac.kind === 'sidereal' ? { ayanamsa: natal.zodiac.ayanamsa } : {}),
  });
  return castAt(natal, jdUt, options);
}

/**
 * Lunar return charts for every return of the Moon to its natal longitude in `[from, to]` (UT
 * Julian days; a calendar month holds one, rarely two).
 *
 * @example
 * lunarReturnCharts(natal, julianDayFromDate(new Date('2025-03-01Z')), julianDayFromDate(new Date('2025-04-01Z')));
 */
export function lunarReturnCharts(
  natal: Chart,
  from: number,
  to: number,
  options: ReturnOptions = {},
): Chart[] {
  return lunarReturnJds({
    natalMoonLon: natal.bodies.moon.lon,
    from,
    to,
    ...(natal.zodiac.kind === 'sidereal' ? { ayanamsa: natal.zodiac.ayanamsa } : {}),
  }).map((jdUt) => castAt(natal, jdUt, options));
}
