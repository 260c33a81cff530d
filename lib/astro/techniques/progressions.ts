import { DEG, RAD, normalizeDeg, signedDiffDeg } from '../angles';
import type { AspectOptions } from '../aspects';
import { assembleChart } from '../chart/assemble-chart';
import type { Chart } from '../chart/types';
import { chartHash } from '../chart-hash';
import { ayanamsaDegrees, computeBodies } from '../ephemeris';
import { frameAt } from '../frame';
import { dateFromJulianDay } from '../frame/julian-day';
import { computeHouses, toSiderealHouses, type HouseResult } from '../houses';
import { eclipticFromRa } from '../houses/sphere';
import { TROPICAL_YEAR_DAYS } from './returns';

/** Mean daily motion of the Sun, degrees: the Naibod arc per year of life. */
export const NAIBOD_RATE_DEG = 0.98564733;

/**
 * How the progressed angles move. `solar_arc`: the MC advances by the progressed Sun's arc in
 * longitude; `naibod`: the ARMC advances by the Sun's mean daily motion per year of life.
 */
export type ProgressedAnglesMethod = 'solar_arc' | 'naibod';

export interface Progression {
  /** UT Julian day the progression is cast for. */
  targetJd: number;
  /** Age at the target, tropical years. */
  ageYears: number;
  /** The ephemeris day that stands for the target: birth + age in days. */
  progressedJd: number;
  method: ProgressedAnglesMethod;
  /** Progressed minus natal Sun, degrees of longitude. */
  solarArc: number;
}

export type ProgressedChart = Chart & { progression: Progression };

/** Right ascension of a point of the ecliptic (latitude 0). */
function raFromEcliptic(lon: number, obliquity: number): number {
  const l = lon * DEG;
  return normalizeDeg(Math.atan2(Math.sin(l) * Math.cos(obliquity * DEG), Math.cos(l)) * RAD);
}

function tropicalSun(jd: number): number {
  return computeBodies(jd, { bodies: ['sun'] }).sun.lon;
}

function progressedArmc(natal: Chart, p: Omit<Progression, 'targetJd'>, obliquity: number): number {
  const natalArmc = natal.houses?.armc ?? 0;
  if (p.method === 'naibod') return normalizeDeg(natalArmc + p.ageYears * NAIBOD_RATE_DEG);
  // The natal MC in the tropical zodiac, from the ARMC: a sidereal or polar-flipped chart's
  // displayed MC would not do.
  const natalMc = eclipticFromRa(natalArmc, natal.meta.trueObliquity);
  return raFromEcliptic(natalMc + p.solarArc, obliquity);
}

/**
 * Secondary progressions ("a day for a year"): the chart of the day that is as many days after
 * birth as the native is years old at `targetJd` (age in tropical years of 365.24219 days). The
 * bodies are those of that day; the angles are progressed by `method` (solar arc by default, or
 * Naibod) and houses cast from the progressed ARMC at the birth latitude. A natal chart without
 * birth time gives a progressed chart without houses.
 *
 * @example
 * const p = progressedChart(natal, julianDayFromDate(new Date('2025-05-15T00:00:00Z')));
 * p.progression.ageYears; // ≈ 35
 * p.bodies.sun.lon; // natal Sun + about 34°
 */
export function progressedChart(
  natal: Chart,
  targetJd: number,
  options: { method?: ProgressedAnglesMethod; aspects?: AspectOptions } = {},
): ProgressedChart {
  const method = options.method ?? 'solar_arc';
  const ageYears = (targetJd - natal.jdUt) / TROPICAL_YEAR_DAYS;
  const progressedJd = natal.jdUt + ageYears;
  const frame = frameAt(progressedJd);
  const zodiac = natal.zodiac;
  const ayanamsa =
    zodiac.kind === 'sidereal' ? ayanamsaDegrees(progressedJd, zodiac.ayanamsa) : null;
  const positions =
    zodiac.kind === 'sidereal'
      ? computeBodies(progressedJd, { ayanamsa: zodiac.ayanamsa })
      : computeBodies(progressedJd);
  const solarArc = signedDiffDeg(tropicalSun(natal.jdUt), tropicalSun(progressedJd));
  const progression = { targetJd, ageYears, progressedJd, method, solarArc };
  let houses: HouseResult | null = null;
  if (natal.houses) {
    const tropical = computeHouses({
      armc: progressedArmc(natal, progression, frame.trueObliquity),
      trueObliquity: frame.trueObliquity,
      latitude: natal.latitude,
      system: natal.houseSystem,
    });
    houses = ayanamsa === null ? tropical : toSiderealHouses(tropical, ayanamsa);
  }
  const utc = dateFromJulianDay(progressedJd);
  const hash = chartHash({
    utc,
    latitude: natal.latitude,
    longitude: natal.longitude,
    houseSystem: natal.houseSystem,
    zodiac,
    timeUnknown: natal.timeUnknown,
    options: { technique: 'secondary_progression', natal: natal.hash, target: targetJd, method },
  });
  const chart = assembleChart({
    jdUt: progressedJd,
    utc,
    latitude: natal.latitude,
    longitude: natal.longitude,
    houseSystem: natal.houseSystem,
    zodiac,
    timeUnknown: natal.timeUnknown,
    positions,
    houses,
    frame,
    ayanamsa,
    hash,
    ...(options.aspects ? { aspectOptions: options.aspects } : {}),
  });
  return { ...chart, progression };
}
