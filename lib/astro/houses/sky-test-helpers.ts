import { DEG, RAD, normalizeDeg } from '../angles';

/**
 * Independent spherical geometry for the house tests: plain rotations of unit vectors, none of
 * the closed forms the house code uses, so the tests check the definitions, not the algebra.
 */

type Vec = readonly [number, number, number];

/** Equatorial unit vector of an ecliptic point of latitude 0. */
export function eclipticToEquatorial(lon: number, obliquity: number): Vec {
  const l = lon * DEG;
  const e = obliquity * DEG;
  return [Math.cos(l), Math.sin(l) * Math.cos(e), Math.sin(l) * Math.sin(e)];
}

export function raDec(v: Vec): { ra: number; dec: number } {
  return { ra: normalizeDeg(Math.atan2(v[1], v[0]) * RAD), dec: Math.asin(v[2]) * RAD };
}

/** Equatorial unit vector of a point on the equator. */
export function equatorPoint(ra: number): Vec {
  return [Math.cos(ra * DEG), Math.sin(ra * DEG), 0];
}

/** Horizon components (north, east, up) of an equatorial vector, for ARMC and latitude. */
export function toHorizon(v: Vec, armc: number, latitude: number): Vec {
  // Hour-angle frame: x toward the upper meridian on the equator, y toward the west point.
  const t = armc * DEG;
  const xh = v[0] * Math.cos(t) + v[1] * Math.sin(t);
  const yWest = v[0] * Math.sin(t) - v[1] * Math.cos(t);
  const z = v[2];
  const p = latitude * DEG;
  const up = xh * Math.cos(p) + z * Math.sin(p);
  const north = -xh * Math.sin(p) + z * Math.cos(p);
  return [north, -yWest, up];
}

/** Altitude of an ecliptic point, degrees. */
export function altitudeOf(lon: number, armc: number, obliquity: number, latitude: number): number {
  const h = toHorizon(eclipticToEquatorial(lon, obliquity), armc, latitude);
  return Math.asin(h[2]) * RAD;
}

/** Eastward horizontal component of an ecliptic point: positive in the eastern half of the sky. */
export function eastComponentOf(
  lon: number,
  armc: number,
  obliquity: number,
  latitude: number,
): number {
  return toHorizon(eclipticToEquatorial(lon, obliquity), armc, latitude)[1];
}

/**
 * Angle of the plane through the horizon's north–south line that holds `v`, counted from the
 * zenith toward the east point (90°), modulo 180°.
 */
export function angleAroundNorthSouth(v: Vec, armc: number, latitude: number): number {
  const h = toHorizon(v, armc, latitude);
  return (((Math.atan2(h[1], h[2]) * RAD) % 180) + 180) % 180;
}

/** Difference of two angles taken modulo 180°, in [0, 90]. */
export function diffMod180(a: number, b: number): number {
  const d = (((a - b) % 180) + 180) % 180;
  return Math.min(d, 180 - d);
}
