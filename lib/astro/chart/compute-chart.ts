import { chartHash, type JsonValue } from '../chart-hash';
import { ayanamsaDegrees, computeBodies } from '../ephemeris';
import { AstroError } from '../errors';
import { frameAt } from '../frame';
import { dateFromJulianDay, julianDayFromDate } from '../frame/julian-day';
import { housesAt, toSiderealHouses } from '../houses';
import type { Zodiac } from '../types';
import { assembleChart } from './assemble-chart';
import type { Chart, ChartInput } from './types';

function assertPlace(latitude: number, longitude: number): void {
  if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) {
    throw new AstroError('invalid_latitude', `latitude must be within ±90, got ${latitude}`);
  }
  if (!Number.isFinite(longitude) || Math.abs(longitude) > 180) {
    throw new AstroError('invalid_longitude', `longitude must be within ±180, got ${longitude}`);
  }
}

/** Aspect settings as plain JSON for the hash (they change the chart, so they are part of it). */
function hashOptions(input: ChartInput): { [key: string]: JsonValue } | undefined {
  return input.aspects
    ? { aspects: JSON.parse(JSON.stringify(input.aspects)) as JsonValue }
    : undefined;
}

/**
 * A natal (or any event) chart for a UT instant and a place: the 14 bodies with sign, degree,
 * house and retrograde flag; houses with their polar fallback; Asc, MC, Dsc, IC, Vertex; aspects;
 * content hash; meta (engine version, ΔT, obliquity, ayanamsa). A sidereal zodiac subtracts the
 * ayanamsa from bodies and cusps. With `timeUnknown` there are no houses, no angles and no aspects
 * to them: pass the local noon instant, as `chartFromBirth` does.
 * Throws `AstroError` for a place out of range or a date outside 1800–2399.
 *
 * @example
 * const chart = computeChart({ utc: new Date('1990-05-15T12:30:00Z'), latitude: 48.8566, longitude: 2.3522 });
 * chart.bodies.sun.sign; // 'taurus'
 * chart.houses?.cusps[0] === chart.angles?.asc.lon; // true (Placidus)
 */
export function computeChart(input: ChartInput): Chart {
  const jdUt = input.jdUt ?? julianDayFromDate(input.utc);
  const utc = input.utc ?? dateFromJulianDay(jdUt);
  assertPlace(input.latitude, input.longitude);
  const frame = frameAt(jdUt);
  const zodiac: Zodiac = input.zodiac ?? { kind: 'tropical' };
  const houseSystem = input.houseSystem ?? 'placidus';
  const timeUnknown = input.timeUnknown ?? false;
  const ayanamsa = zodiac.kind === 'sidereal' ? ayanamsaDegrees(jdUt, zodiac.ayanamsa) : null;
  const positions =
    zodiac.kind === 'sidereal'
      ? computeBodies(jdUt, { ayanamsa: zodiac.ayanamsa })
      : computeBodies(jdUt);
  const tropicalHouses = timeUnknown
    ? null
    : housesAt(jdUt, input.latitude, input.longitude, houseSystem);
  const houses =
    tropicalHouses && ayanamsa !== null
      ? toSiderealHouses(tropicalHouses, ayanamsa)
      : tropicalHouses;
  const options = hashOptions(input);
  const hash = chartHash({
    utc,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem,
    zodiac,
    timeUnknown,
    ...(options ? { options } : {}),
  });
  return assembleChart({
    jdUt,
    utc,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem,
    zodiac,
    timeUnknown,
    positions,
    houses,
    frame,
    ayanamsa,
    hash,
    ...(input.aspects ? { aspectOptions: input.aspects } : {}),
  });
}
