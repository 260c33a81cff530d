const DEG = Math.PI / 180;
/** Gaussian gravitational constant squared, au³/day². */
const GM_SUN = 0.01720209895 ** 2;

/**
 * Published osculating J2000-ecliptic elements of 2060 Chiron near J2000 (a, e, i, Ω, ω, mean
 * anomaly at `epochJdTt`): the fit's starting point, good to ~1° over 1800–2400 as a two-body
 * orbit.
 */
export const PUBLISHED_ELEMENTS = {
  epochJdTt: 2451545,
  a: 13.6481,
  e: 0.38314,
  i: 6.9318,
  node: 209.3813,
  perihelion: 339.2472,
  meanAnomaly: 27.53,
} as const;

/**
 * Two-body heliocentric state [x, y, z, vx, vy, vz] (au, au/day) of the published elements at
 * `jdTt`.
 *
 * @example
 * const start = stateFromElements(2451544.5);
 */
export function stateFromElements(jdTt: number): Float64Array {
  const el = PUBLISHED_ELEMENTS;
  const n = Math.sqrt(GM_SUN / el.a ** 3);
  const m = el.meanAnomaly * DEG + n * (jdTt - el.epochJdTt);
  let ea = m;
  for (let k = 0; k < 20; k++) ea -= (ea - el.e * Math.sin(ea) - m) / (1 - el.e * Math.cos(ea));
  const b = el.a * Math.sqrt(1 - el.e * el.e);
  const edot = n / (1 - el.e * Math.cos(ea));
  const orbital = [
    el.a * (Math.cos(ea) - el.e),
    b * Math.sin(ea),
    -el.a * Math.sin(ea) * edot,
    b * Math.cos(ea) * edot,
  ] as const;
  const [cw, sw] = [Math.cos(el.perihelion * DEG), Math.sin(el.perihelion * DEG)];
  const [co, so] = [Math.cos(el.node * DEG), Math.sin(el.node * DEG)];
  const [ci, si] = [Math.cos(el.i * DEG), Math.sin(el.i * DEG)];
  // Columns of R3(−Ω)·R1(−i)·R3(−ω) applied to the in-plane (P, Q) axes.
  const p = [co * cw - so * sw * ci, so * cw + co * sw * ci, sw * si];
  const q = [-co * sw - so * cw * ci, -so * sw + co * cw * ci, cw * si];
  const out = new Float64Array(6);
  for (let k = 0; k < 3; k++) {
    out[k] = p[k]! * orbital[0] + q[k]! * orbital[1];
    out[3 + k] = p[k]! * orbital[2] + q[k]! * orbital[3];
  }
  return out;
}
