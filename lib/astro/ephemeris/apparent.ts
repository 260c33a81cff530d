import type { EclipticOfDate } from './frame-rotation';
import { sunDeflection } from './light-deflection';

/** Speed of light in au/day. */
export const C_AU_PER_DAY = (299792458 * 86400) / 149597870700;
/** Heliocentric gravitational constant, au³/day² (Gaussian constant squared). */
export const GM_SUN = 0.01720209895 * 0.01720209895;
/** Step of the finite difference that carries aberration into the speed, days. */
const ABERRATION_STEP = 0.01;
/** Step of the finite difference that carries light deflection into the speed, days. */
const DEFLECTION_STEP = 1e-5;

/** Result slots: longitude (rad), latitude (rad), longitude speed (rad/day). */
export type Spherical = Float64Array;

const u = new Float64Array(3);
const uPast = new Float64Array(3);
const abNow = new Float64Array(3);
const abPast = new Float64Array(3);
const deflNow = new Float64Array(3);
const deflNext = new Float64Array(3);

/** Relativistic annual aberration of direction `x` for observer velocity `v` (units of c). */
function aberrate(x: Float64Array, vx: number, vy: number, vz: number, out: Float64Array): void {
  const r = Math.hypot(x[0]!, x[1]!, x[2]!);
  const b1 = Math.sqrt(1 - (vx * vx + vy * vy + vz * vz));
  const f1 = (x[0]! * vx + x[1]! * vy + x[2]! * vz) / r;
  const f2 = 1 + f1 / (1 + b1);
  out[0] = (b1 * x[0]! + f2 * r * vx) / (1 + f1);
  out[1] = (b1 * x[1]! + f2 * r * vy) / (1 + f1);
  out[2] = (b1 * x[2]! + f2 * r * vz) / (1 + f1);
}

/**
 * Apparent geocentric place of a heliocentric body: light-time (the body's position at t − τ,
 * extrapolated along its orbit), the Sun's light deflection (not for the Sun itself, at the
 * heliocentre), annual aberration, then the rotation to the true ecliptic of date. `body` and `earth` are heliocentric J2000-ecliptic [x, y, z, vx, vy, vz] (au, au/day).
 * Writes [lon, lat, lonSpeed] in radians and rad/day into `out`.
 *
 * @example
 * apparentPlace(marsXv, earthXv, ecl, out);
 */
export function apparentPlace(
  body: Float64Array,
  earth: Float64Array,
  ecl: EclipticOfDate,
  out: Spherical,
): void {
  const [ex, ey, ez, evx, evy, evz] = earth as unknown as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [bx, by, bz, bvx, bvy, bvz] = body as unknown as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const rb = Math.hypot(bx, by, bz);
  const k = rb > 0 ? -GM_SUN / (rb * rb * rb) : 0;
  let tau = Math.hypot(bx - ex, by - ey, bz - ez) / C_AU_PER_DAY;
  for (let i = 0; i < 2; i++) {
    tau = Math.hypot(bx - tau * bvx - ex, by - tau * bvy - ey, bz - tau * bvz - ez) / C_AU_PER_DAY;
  }
  // Body at t − τ (second order along its Keplerian acceleration), seen from the Earth at t.
  const h2 = 0.5 * tau * tau * k;
  u[0] = bx - tau * bvx + h2 * bx - ex;
  u[1] = by - tau * bvy + h2 * by - ey;
  u[2] = bz - tau * bvz + h2 * bz - ez;
  const dtau =
    (u[0] * (bvx - evx) + u[1] * (bvy - evy) + u[2] * (bvz - evz)) /
    (Math.hypot(u[0], u[1], u[2]) * C_AU_PER_DAY);
  const f = 1 - dtau;
  let ux = (bvx - tau * k * bx) * f - evx;
  let uy = (bvy - tau * k * by) * f - evy;
  let uz = (bvz - tau * k * bz) * f - evz;
  if (rb > 0) {
    // Sun's light deflection (not for the Sun itself, rb = 0), as the Swiss Ephemeris: after
    // light-time, before aberration; its rate joins the speed.
    const h = DEFLECTION_STEP;
    sunDeflection(u[0], u[1], u[2], ex, ey, ez, deflNow);
    sunDeflection(
      u[0] + h * ux,
      u[1] + h * uy,
      u[2] + h * uz,
      ex + h * evx,
      ey + h * evy,
      ez + h * evz,
      deflNext,
    );
    u[0] += deflNow[0]!;
    u[1] += deflNow[1]!;
    u[2] += deflNow[2]!;
    ux += (deflNext[0]! - deflNow[0]!) / h;
    uy += (deflNext[1]! - deflNow[1]!) / h;
    uz += (deflNext[2]! - deflNow[2]!) / h;
  }
  const re = Math.hypot(ex, ey, ez);
  const ke = -GM_SUN / (re * re * re);
  const s = ABERRATION_STEP;
  uPast[0] = u[0] - s * ux;
  uPast[1] = u[1] - s * uy;
  uPast[2] = u[2] - s * uz;
  aberrate(u, evx / C_AU_PER_DAY, evy / C_AU_PER_DAY, evz / C_AU_PER_DAY, abNow);
  aberrate(
    uPast,
    (evx - s * ke * ex) / C_AU_PER_DAY,
    (evy - s * ke * ey) / C_AU_PER_DAY,
    (evz - s * ke * ez) / C_AU_PER_DAY,
    abPast,
  );
  toEclipticOfDate(abNow, abPast, s, ecl, out);
}

/**
 * Rotates an apparent J2000-ecliptic vector (now, and `step` days earlier) to the true ecliptic
 * of date and writes [lon, lat, lonSpeed].
 */
export function toEclipticOfDate(
  now: Float64Array,
  past: Float64Array,
  step: number,
  ecl: EclipticOfDate,
  out: Spherical,
): void {
  const m = ecl.m;
  const x = m[0]! * now[0]! + m[1]! * now[1]! + m[2]! * now[2]!;
  const y = m[3]! * now[0]! + m[4]! * now[1]! + m[5]! * now[2]!;
  const z = m[6]! * now[0]! + m[7]! * now[1]! + m[8]! * now[2]!;
  const vx = (x - (m[0]! * past[0]! + m[1]! * past[1]! + m[2]! * past[2]!)) / step;
  const vy = (y - (m[3]! * past[0]! + m[4]! * past[1]! + m[5]! * past[2]!)) / step;
  const rxy2 = x * x + y * y;
  out[0] = Math.atan2(y, x) + ecl.dpsi;
  out[1] = Math.atan2(z, Math.sqrt(rxy2));
  out[2] = (x * vy - y * vx) / rxy2 + ecl.lonRate;
}
