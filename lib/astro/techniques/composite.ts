import type { AspectOptions } from '../aspects';
import { assembleChart } from '../chart/assemble-chart';
import type { Chart } from '../chart/types';
import { chartHash } from '../chart-hash';
import { ayanamsaDegrees } from '../ephemeris';
import { AstroError } from '../errors';
import { frameAt } from '../frame';
import { dateFromJulianDay } from '../frame/julian-day';
import { computeHouses, toSiderealHouses, type HouseResult } from '../houses';
import type { Body, BodyPosition, HouseSystem } from '../types';
import { midpointDeg } from './midpoint';

function sameZodiac(a: Chart, b: Chart): boolean {
  if (a.zodiac.kind !== b.zodiac.kind) return false;
  return (
    a.zodiac.kind === 'tropical' ||
    (b.zodiac.kind === 'sidereal' && a.zodiac.ayanamsa === b.zodiac.ayanamsa)
  );
}

function midpointPositions(a: Chart, b: Chart): Record<Body, BodyPosition> {
  const out = {} as Record<Body, BodyPosition>;
  for (const p of Object.values(a.bodies)) {
    const q = b.bodies[p.body];
    const speed = (p.speed + q.speed) / 2;
    out[p.body] = {
      lon: midpointDeg(p.lon, q.lon),
      lat: (p.lat + q.lat) / 2,
      speed,
      retrograde: speed < 0,
    };
  }
  return out;
}

/** East longitude of the shorter-arc midpoint of two places, in (−180, 180]. */
function midLongitude(a: number, b: number): number {
  const m = midpointDeg(a, b);
  return m > 180 ? m - 360 : m;
}

/**
 * Midpoint composite chart of two charts (Robert Hand's method). Each body is the shorter-arc
 * midpoint of the two positions (latitude and speed averaged). Houses are derived, not
 * midpointed cusp by cusp: the ARMC is the shorter-arc midpoint of the two ARMCs, cast at the
 * mean of the two latitudes with the true obliquity of the mean instant, in the requested system
 * (so the Ascendant and cusps are consistent with the composite MC). A sidereal pair is shifted
 * by the ayanamsa of the mean instant. Without both birth times there are no houses. The result
 * does not depend on the order of the two charts.
 *
 * @example
 * compositeChart(computeChart(alice), computeChart(bob)).bodies.sun.lon; // midpoint of the Suns
 */
export function compositeChart(
  a: Chart,
  b: Chart,
  options: { houseSystem?: HouseSystem; aspects?: AspectOptions } = {},
): Chart {
  if (!sameZodiac(a, b)) {
    throw new AstroError('incompatible_charts', 'a composite needs two charts in the same zodiac');
  }
  const jdUt = (a.jdUt + b.jdUt) / 2;
  const frame = frameAt(jdUt);
  const latitude = (a.latitude + b.latitude) / 2;
  const longitude = midLongitude(a.longitude, b.longitude);
  const houseSystem = options.houseSystem ?? a.houseSystem;
  const ayanamsa = a.zodiac.kind === 'sidereal' ? ayanamsaDegrees(jdUt, a.zodiac.ayanamsa) : null;
  let houses: HouseResult | null = null;
  if (a.houses && b.houses) {
    const tropical = computeHouses({
      armc: midpointDeg(a.houses.armc, b.houses.armc),
      trueObliquity: frame.trueObliquity,
      latitude,
      system: houseSystem,
    });
    houses = ayanamsa === null ? tropical : toSiderealHouses(tropical, ayanamsa);
  }
  const utc = dateFromJulianDay(jdUt);
  const timeUnknown = a.timeUnknown || b.timeUnknown;
  const hash = chartHash({
    utc,
    latitude,
    longitude,
    houseSystem,
    zodiac: a.zodiac,
    timeUnknown,
    options: { technique: 'composite', charts: [a.hash, b.hash].sort() },
  });
  return assembleChart({
    jdUt,
    utc,
    latitude,
    longitude,
    houseSystem,
    zodiac: a.zodiac,
    timeUnknown,
    positions: midpointPositions(a, b),
    houses,
    frame,
    ayanamsa,
    hash,
    ...(options.aspects ? { aspectOptions: options.aspects } : {}),
  });
}
