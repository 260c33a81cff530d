import { C_AU_PER_DAY, type Spherical } from './apparent';
import type { EclipticOfDate } from './frame-rotation';
import { moshierMoon } from './moshier-moon';

/** Finite-difference step for the Moon's velocity, days (≈ 43 s). */
const STEP = 0.0005;

/** The geometric geocentric Moon of one instant, mean ecliptic and equinox of date. */
export interface MoonState {
  /** Cartesian position (au) and velocity (au/day), mean ecliptic of date at t. */
  xv: Float64Array;
  /** Spherical [lon, lat, r] and their rates per day. */
  lon: number;
  lat: number;
  r: number;
  dlon: number;
  dlat: number;
}

const pol = new Float64Array(3);

function cartesian(lon: number, lat: number, r: number, out: Float64Array, offset: number): void {
  const cb = Math.cos(lat);
  out[offset] = r * cb * Math.cos(lon);
  out[offset + 1] = r * cb * Math.sin(lon);
  out[offset + 2] = r * Math.sin(lat);
}

/**
 * Evaluates the lunar theory at t and t ± STEP. The samples are put in the fixed ecliptic of t
 * by removing the precession in longitude over the step.
 *
 * @example
 * const moon = moonState(jdTt, precessionRate);
 */
export function moonState(jdTt: number, precessionRate: number): MoonState {
  const p = new Float64Array(9);
  for (let k = -1; k <= 1; k++) {
    moshierMoon(jdTt + k * STEP, pol);
    cartesian(pol[0]! - k * STEP * precessionRate, pol[1]!, pol[2]!, p, (k + 1) * 3);
  }
  const xv = new Float64Array(6);
  for (let i = 0; i < 3; i++) {
    xv[i] = p[3 + i]!;
    xv[3 + i] = (p[6 + i]! - p[i]!) / (2 * STEP);
  }
  const [x, y, z, vx, vy, vz] = xv as unknown as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const rxy2 = x * x + y * y;
  const r = Math.sqrt(rxy2 + z * z);
  return {
    xv,
    lon: Math.atan2(y, x),
    lat: Math.atan2(z, Math.sqrt(rxy2)),
    r,
    dlon: (x * vy - y * vx) / rxy2,
    dlat: (vz * rxy2 - z * (x * vx + y * vy)) / (r * r * Math.sqrt(rxy2)),
  };
}

/**
 * Apparent Moon: light-time along its geocentric motion (aberration cancels to first order for
 * a geocentric body, as the Earth's own motion enters both), then nutation. Writes
 * [lon, lat, lonSpeed].
 */
export function apparentMoon(moon: MoonState, ecl: EclipticOfDate, out: Spherical): void {
  const tau = moon.r / C_AU_PER_DAY;
  out[0] = moon.lon - tau * moon.dlon + ecl.dpsi;
  out[1] = moon.lat - tau * moon.dlat;
  out[2] = moon.dlon + ecl.lonRate;
}
