import { DEG, RAD, normalizeDeg, signedDiffDeg } from '../angles';

/**
 * Spherical primitives shared by the house systems. Every quadrant system places its cusps where
 * some great circle through the north and south points of the horizon meets the ecliptic; such a
 * circle is fixed by the right ascension where it crosses the equator and its pole height.
 */

/** Tolerance for the degenerate spots of the formulas (poles, 90°/270° of ARMC), degrees. */
export const TINY = 1e-10;

/**
 * Ecliptic longitude of the ecliptic point with right ascension `ra` (the MC when `ra` is the
 * ARMC): tan λ = tan α / cos ε, in the quadrant of α.
 *
 * @example
 * eclipticFromRa(90, 23.44); // 90
 */
export function eclipticFromRa(ra: number, obliquity: number): number {
  const a = ra * DEG;
  return normalizeDeg(Math.atan2(Math.sin(a), Math.cos(a) * Math.cos(obliquity * DEG)) * RAD);
}

/**
 * Ecliptic longitude rising on an oblique horizon: the ecliptic point on the great circle that
 * crosses the equator at right ascension `x − 90°` (its eastern equator point is at `x`) and has
 * pole height `poleHeight`. With `x = ARMC + 90°` and the geographic latitude it is the Ascendant.
 *
 * @example
 * obliqueAscendant(90, 0, 23.44); // 90 (at the equator, ARMC 0 raises 0° Cancer)
 */
export function obliqueAscendant(x: number, poleHeight: number, obliquity: number): number {
  // The horizon degenerates into the equator itself at a pole height of ±90°, which meets the
  // ecliptic at the equinoxes; tan() would overflow there.
  if (Math.abs(90 - poleHeight) < TINY) return 180;
  if (Math.abs(90 + poleHeight) < TINY) return 0;
  const xr = x * DEG;
  const e = obliquity * DEG;
  const y = Math.sin(xr);
  const d = Math.cos(xr) * Math.cos(e) - Math.tan(poleHeight * DEG) * Math.sin(e);
  return normalizeDeg(Math.atan2(y, d) * RAD);
}

/**
 * Declination of the ecliptic point at longitude `lon` (ecliptic latitude 0).
 *
 * @example
 * eclipticDeclination(90, 23.44); // 23.44
 */
export function eclipticDeclination(lon: number, obliquity: number): number {
  return Math.asin(Math.sin(obliquity * DEG) * Math.sin(lon * DEG)) * RAD;
}

/**
 * Whether the Ascendant lies on the western side of the MC (less than 0° east of it), which only
 * happens inside the polar circles when the MC has sunk below the horizon.
 *
 * @example
 * isAscWestOfMc(100, 10); // false
 */
export function isAscWestOfMc(asc: number, mc: number): boolean {
  return signedDiffDeg(mc, asc) < 0;
}
