import { GM_SUN } from './apparent';

const DEG = Math.PI / 180;
/** Osculating J2000-ecliptic elements of 2060 Chiron at JD 2451545 (provisional two-body orbit). */
const EPOCH = 2451545;
const A = 13.6481;
const E = 0.38314;
const I = 6.9318 * DEG;
const NODE = 209.3813 * DEG;
const PERI = 339.2472 * DEG;
const M0 = 27.53 * DEG;
const N = Math.sqrt(GM_SUN / (A * A * A));

/**
 * Heliocentric J2000-ecliptic position and velocity of Chiron (au, au/day) into `out`.
 *
 * @example
 * chironHeliocentric(2451545, out);
 */
export function chironHeliocentric(jdTt: number, out: Float64Array): void {
  const m = M0 + N * (jdTt - EPOCH);
  let ea = m;
  for (let i = 0; i < 12; i++) ea -= (ea - E * Math.sin(ea) - m) / (1 - E * Math.cos(ea));
  const ce = Math.cos(ea);
  const se = Math.sin(ea);
  const b = A * Math.sqrt(1 - E * E);
  const px = A * (ce - E);
  const py = b * se;
  const edot = N / (1 - E * ce);
  const vx = -A * se * edot;
  const vy = b * ce * edot;
  const cw = Math.cos(PERI);
  const sw = Math.sin(PERI);
  const co = Math.cos(NODE);
  const so = Math.sin(NODE);
  const ci = Math.cos(I);
  const si = Math.sin(I);
  const r11 = co * cw - so * sw * ci;
  const r12 = -co * sw - so * cw * ci;
  const r21 = so * cw + co * sw * ci;
  const r22 = -so * sw + co * cw * ci;
  const r31 = sw * si;
  const r32 = cw * si;
  out[0] = r11 * px + r12 * py;
  out[1] = r21 * px + r22 * py;
  out[2] = r31 * px + r32 * py;
  out[3] = r11 * vx + r12 * vy;
  out[4] = r21 * vx + r22 * vy;
  out[5] = r31 * vx + r32 * vy;
}
