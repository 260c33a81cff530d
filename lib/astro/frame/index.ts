import { DEG, normalizeDeg } from './angles';
import { deltaTSeconds } from './delta-t';
import { nutation } from './nutation';
import { meanObliquity } from './obliquity';
import { gastDeg, gmstDeg } from './sidereal-time';
import { assertSupportedJd } from './supported-range';

/** Earth-orientation quantities of one instant. Angles in degrees, ΔT in seconds. */
export interface Frame {
  jdUt: number;
  jdTt: number;
  deltaT: number;
  meanObliquity: number;
  trueObliquity: number;
  nutationLon: number;
  nutationObl: number;
  /** Greenwich mean sidereal time. */
  gmst: number;
  /** Greenwich apparent sidereal time. */
  gast: number;
}

let cached: Frame | undefined;

/**
 * The frame of a UT Julian day (Swiss Ephemeris 2.10 conventions: its ΔT, Vondrák 2011
 * obliquity, IAU 2000B nutation, IERS 2010 sidereal time). The last result is cached, since
 * charts ask for the same instant many times.
 *
 * @example
 * frameAt(2451545).trueObliquity; // ≈ 23.4376
 */
export function frameAt(jdUt: number): Frame {
  if (cached !== undefined && cached.jdUt === jdUt) return cached;
  assertSupportedJd(jdUt);
  const deltaT = deltaTSeconds(jdUt);
  const jdTt = jdUt + deltaT / 86400;
  const eps = meanObliquity(jdTt);
  const nut = nutation(jdTt);
  const trueEps = eps + nut.deps;
  const frame: Frame = {
    jdUt,
    jdTt,
    deltaT,
    meanObliquity: eps / DEG,
    trueObliquity: trueEps / DEG,
    nutationLon: nut.dpsi / DEG,
    nutationObl: nut.deps / DEG,
    gmst: gmstDeg(jdUt, jdTt),
    gast: gastDeg(jdUt, jdTt, nut.dpsi, trueEps),
  };
  cached = frame;
  return frame;
}

/**
 * Right ascension of the midheaven (local apparent sidereal time) in degrees, for a UT Julian day
 * and an east-positive geographic longitude.
 *
 * @example
 * armc(2451545, -0.1278); // London at J2000
 */
export function armc(jdUt: number, geoLonDeg: number): number {
  return normalizeDeg(frameAt(jdUt).gast + geoLonDeg);
}
