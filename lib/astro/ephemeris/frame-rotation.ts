import { DEG } from '../angles';
import type { Frame } from '../frame';
import { meanObliquity } from '../frame/obliquity';
import { precessionMatrix } from '../frame/precession';
import { nutation } from '../frame/nutation';

const J2000 = 2451545;
/** Mean obliquity of J2000 in the same (Vondrák 2011) model, to leave the J2000 ecliptic. */
const EPS_J2000 = meanObliquity(J2000);

/** Per-instant rotation from the J2000 ecliptic to the mean ecliptic of date, plus rates. */
export interface EclipticOfDate {
  /** Row-major 3×3: v_date = m · v_J2000 (mean ecliptic and equinox of date). */
  m: Float64Array;
  /** Nutation in longitude, radians, added to go from mean to true equinox. */
  dpsi: number;
  /** Rate of the longitude of a fixed direction due to precession and nutation, rad/day. */
  lonRate: number;
}

/**
 * Rotation J2000 ecliptic → mean ecliptic of date: R1(ε_A) · P(Vondrák) · R1(−ε_J2000).
 *
 * @example
 * const e = eclipticOfDate(frameAt(2451545));
 */
export function eclipticOfDate(frame: Frame): EclipticOfDate {
  const p = precessionMatrix(frame.jdTt);
  const ce0 = Math.cos(EPS_J2000);
  const se0 = Math.sin(EPS_J2000);
  const eps = frame.meanObliquity * DEG;
  const ce = Math.cos(eps);
  const se = Math.sin(eps);
  // R1(−ε0), row-major: J2000 ecliptic → J2000 equator.
  const a = [1, 0, 0, 0, ce0, -se0, 0, se0, ce0];
  const pa = new Float64Array(9);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      pa[i * 3 + j] = p[i * 3]! * a[j]! + p[i * 3 + 1]! * a[3 + j]! + p[i * 3 + 2]! * a[6 + j]!;
    }
  }
  const m = new Float64Array(9);
  for (let j = 0; j < 3; j++) {
    m[j] = pa[j]!;
    m[3 + j] = ce * pa[3 + j]! + se * pa[6 + j]!;
    m[6 + j] = -se * pa[3 + j]! + ce * pa[6 + j]!;
  }
  const t = (frame.jdTt - J2000) / 36525;
  const precessionRate = ((5028.796195 + 2.2108696 * t) / 36525 / 3600) * DEG;
  const h = 0.25;
  const nutationRate = (nutation(frame.jdTt + h).dpsi - nutation(frame.jdTt - h).dpsi) / (2 * h);
  return { m, dpsi: frame.nutationLon * DEG, lonRate: precessionRate + nutationRate };
}
