/** Constants and radian normalisation for the frame and ephemeris internals (degrees live in ../angles). */

export { DEG, RAD, normalizeDeg } from '../angles';

export const ARCSEC = Math.PI / 180 / 3600;
export const TWO_PI = 2 * Math.PI;
/** J2000.0 as a Julian day (TT). */
export const J2000 = 2451545.0;
export const DAYS_PER_CENTURY = 36525;

/** Reduces radians to [0, 2π). */
export function normRad(x: number): number {
  const r = x % TWO_PI;
  return r < 0 ? r + TWO_PI : r;
}
