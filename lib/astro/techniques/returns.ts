import { AstroError } from '../errors';
import type { Ayanamsa } from '../types';
import { ephemerisMotion } from './ephemeris-motion';
import { crossingsOf, sampleMotion, type MotionAt } from './longitude-crossings';

/** Mean tropical year (J2000), days: the Sun's return period in the tropical zodiac. */
export const TROPICAL_YEAR_DAYS = 365.24219;
/** Sidereal year (J2000), days: the Sun's return period against the stars. */
export const SIDEREAL_YEAR_DAYS = 365.25636;

/** 0.1 s: far under the one second a return chart needs. */
const RETURN_TOLERANCE_DAYS = 1e-6;
/** The Sun returns within about a day of the mean-year estimate; ±4 days is a safe bracket. */
const SOLAR_WINDOW_DAYS = 4;

export interface SolarReturnSearch {
  natalJd: number;
  natalSunLon: number;
  /** The return `year − birth year` years after birth; ±1 near a New Year birthday. */
  year: number;
  birthYear: number;
  ayanamsa?: Ayanamsa;
  /** Tests pass a formula; production uses the ephemeris. */
  sunMotion?: MotionAt;
}

/**
 * UT Julian day at which the Sun comes back to its natal longitude for the `year − birthYear`-th
 * time (to 0.1 s). Estimated from the mean year, bracketed over ±4 days, polished by Newton.
 *
 * @example
 * solarReturnJd({ natalJd: 2448027.1, natalSunLon: 54.3, birthYear: 1990, year: 2025 });
 */
export function solarReturnJd(search: SolarReturnSearch): number {
  const motion = search.sunMotion ?? ephemerisMotion('sun', search.ayanamsa);
  const yearDays = search.ayanamsa ? SIDEREAL_YEAR_DAYS : TROPICAL_YEAR_DAYS;
  const estimate = search.natalJd + (search.year - search.birthYear) * yearDays;
  const samples = sampleMotion(
    motion,
    estimate - SOLAR_WINDOW_DAYS,
    estimate + SOLAR_WINDOW_DAYS,
    SOLAR_WINDOW_DAYS,
  );
  const hit = crossingsOf(samples, search.natalSunLon, motion, RETURN_TOLERANCE_DAYS)[0];
  // Unreachable with a real Sun (it moves 8° over the window); a bad motion function can get here.
  if (!hit) throw new AstroError('no_return', `no solar return found near JD ${estimate}`);
  return hit.jd;
}

export interface LunarReturnSearch {
  natalMoonLon: number;
  /** UT Julian day range; a calendar month holds one return or, rarely, two. */
  from: number;
  to: number;
  ayanamsa?: Ayanamsa;
  moonMotion?: MotionAt;
}

/**
 * UT Julian days (to 0.1 s) of every return of the Moon to its natal longitude in `[from, to]`.
 *
 * @example
 * lunarReturnJds({ natalMoonLon: 212.4, from: 2460676.5, to: 2460707.5 }); // [2460689.8…]
 */
export function lunarReturnJds(search: LunarReturnSearch): number[] {
  const motion = search.moonMotion ?? ephemerisMotion('moon', search.ayanamsa);
  const samples = sampleMotion(motion, search.from, search.to, 1);
  return crossingsOf(samples, search.natalMoonLon, motion, RETURN_TOLERANCE_DAYS).map((c) => c.jd);
}
