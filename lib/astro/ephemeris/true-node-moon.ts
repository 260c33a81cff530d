import data from './data/true-node-elp-mpp02.json';

/**
 * A lunar series of ELP/MPP02 in expanded form: per power p of T (Julian centuries from J2000,
 * TT), the terms A·sin(φ0 + φ1·T + φ2·T² + φ3·T³ + φ4·T⁴) flattened as 6-tuples
 * [A, φ0, φ1, φ2, φ3, φ4]. Longitude and latitude amplitudes in arcseconds, distance in km.
 */
export interface ElpSeries {
  /** Mean longitude W1 of the Moon: polynomial coefficients in T, radians. */
  w1: number[];
  lon: number[][];
  lat: number[][];
  dist: number[][];
}

const ARCSEC = Math.PI / 180 / 3600;
const AU_KM = 149597870.7;
const CENTURY = 36525;
const J2000 = 2451545;
const C_KM_PER_DAY = 299792.458 * 86400;
const TWO_OVER_PI = 2 / Math.PI;
/** π/2 in two parts; q·HALF_PI_HI is exact for the |q| < 2^21 of the series' phases. */
const HALF_PI_HI = 1.5707963267341256;
const HALF_PI_LO = 6.077100506506192e-11;
/** Taylor coefficients of sin (r³…r¹¹) and cos (r²…r¹²). */
const [S3, S5, S7, S9, S11] = [-1 / 6, 1 / 120, -1 / 5040, 1 / 362880, -1 / 39916800];
const [C2, C4, C6, C8, C10, C12] = [
  -1 / 2,
  1 / 24,
  -1 / 720,
  1 / 40320,
  -1 / 3628800,
  1 / 479001600,
];

const TRUNCATED: ElpSeries = data;
/** Laskar's P and Q of the ecliptic of date, polynomial in T from degree 1 (ELP/MPP02 notes). */
const P_COEFFS = [0.10180391e-4, 0.47020439e-6, -0.5417367e-9, -0.2507948e-11, 0.463486e-14];
const Q_COEFFS = [-0.113469002e-3, 0.12372674e-6, 0.1265417e-8, -0.1371808e-11, -0.320334e-14];

const lon = new Float64Array(3);
const lat = new Float64Array(3);
const dist = new Float64Array(3);
const cart = new Float64Array(9);

/**
 * Value and first two derivatives with respect to T of one coordinate's series
 * Σ_p T^p Σ A·sin(φ(T)), into out[0..2].
 *
 * @example
 * sumElpSeries([[1, 0, 1, 0, 0, 0]], 0.5, out); // out ≈ [sin 0.5, cos 0.5, −sin 0.5]
 */
export function sumElpSeries(series: number[][], t: number, out: Float64Array): void {
  let v = 0;
  let dv = 0;
  let ddv = 0;
  for (let p = series.length - 1; p >= 0; p--) {
    const terms = series[p]!;
    let c = 0;
    let dc = 0;
    let ddc = 0;
    for (let k = 0; k < terms.length; k += 6) {
      const a = terms[k]!;
      const f1 = terms[k + 2]!;
      const f2 = terms[k + 3]!;
      const f3 = terms[k + 4]!;
      const f4 = terms[k + 5]!;
      const phase = terms[k + 1]! + t * (f1 + t * (f2 + t * (f3 + t * f4)));
      const rate = f1 + t * (2 * f2 + t * (3 * f3 + t * 4 * f4));
      const accel = 2 * f2 + t * (6 * f3 + t * 12 * f4);
      // sin and cos together (this loop is the true node's whole cost; ~25% faster than
      // Math.sin + Math.cos): phase = q·π/2 + r with |r| ≤ π/4, Taylor to r¹¹/r¹² (< 1e-11).
      const q = Math.round(phase * TWO_OVER_PI);
      const r = phase - q * HALF_PI_HI - q * HALF_PI_LO;
      const r2 = r * r;
      const sr = r * (1 + r2 * (S3 + r2 * (S5 + r2 * (S7 + r2 * (S9 + r2 * S11)))));
      const cr = 1 + r2 * (C2 + r2 * (C4 + r2 * (C6 + r2 * (C8 + r2 * (C10 + r2 * C12)))));
      const quadrant = q & 3;
      const odd = (quadrant & 1) === 1;
      const s = (quadrant >= 2 ? -a : a) * (odd ? cr : sr);
      const co = (quadrant === 1 || quadrant === 2 ? -a : a) * (odd ? sr : cr);
      c += s;
      dc += co * rate;
      ddc += co * accel - s * rate * rate;
    }
    // Horner over p for Σ T^p·c_p and its first two derivatives.
    ddv = ddv * t + 2 * dv + ddc;
    dv = dv * t + v + dc;
    v = v * t + c;
  }
  out[0] = v;
  out[1] = dv;
  out[2] = ddv;
}

/**
 * Geocentric Moon from the ELP/MPP02 lunar theory (Chapront & Francou 2003, fitted to DE405),
 * truncated for the osculating node (see data/true-node-elp-mpp02.json), as seen with light-time
 * (the Moon at t − r/c): position (au), velocity (au/day) and acceleration (au/day²) in the
 * inertial mean ecliptic and equinox of J2000, as [x, y, z, vx, vy, vz, ax, ay, az] into `out`.
 * `series` defaults to the shipped truncation (the full theory can be passed to measure it).
 *
 * @example
 * const s = new Float64Array(9);
 * lunarStateJ2000(2451545, s); // s[0..2] ≈ geocentric Moon, |s[0..2]| ≈ 0.0027 au
 */
export function lunarStateJ2000(
  jdTt: number,
  out: Float64Array,
  series: ElpSeries = TRUNCATED,
): void {
  const t = (jdTt - J2000) / CENTURY;
  const w = series.w1;
  sumElpSeries(series.lon, t, lon);
  sumElpSeries(series.lat, t, lat);
  sumElpSeries(series.dist, t, dist);
  // Spherical coordinates and their derivatives per day (ecliptic of date, departure point γ′2000).
  const l = w[0]! + t * (w[1]! + t * (w[2]! + t * (w[3]! + t * w[4]!))) + lon[0]! * ARCSEC;
  const dl =
    (w[1]! + t * (2 * w[2]! + t * (3 * w[3]! + t * 4 * w[4]!)) + lon[1]! * ARCSEC) / CENTURY;
  const ddl = (2 * w[2]! + t * (6 * w[3]! + t * 12 * w[4]!) + lon[2]! * ARCSEC) / CENTURY ** 2;
  const b = lat[0]! * ARCSEC;
  const db = (lat[1]! * ARCSEC) / CENTURY;
  const ddb = (lat[2]! * ARCSEC) / CENTURY ** 2;
  const r = dist[0]! / AU_KM;
  const dr = dist[1]! / AU_KM / CENTURY;
  const ddr = dist[2]! / AU_KM / CENTURY ** 2;
  sphericalToCartesian(l, dl, ddl, b, db, ddb, r, dr, ddr, cart);
  toJ2000(t, cart, out);
  // Seen at t − τ (light-time), as the Swiss Ephemeris evaluates the Moon for the node.
  const tau = (r * AU_KM) / C_KM_PER_DAY;
  for (let i = 0; i < 3; i++) {
    out[i] = out[i]! - tau * out[3 + i]!;
    out[3 + i] = out[3 + i]! - tau * out[6 + i]!;
  }
}

function sphericalToCartesian(
  l: number,
  dl: number,
  ddl: number,
  b: number,
  db: number,
  ddb: number,
  r: number,
  dr: number,
  ddr: number,
  out: Float64Array,
): void {
  const cl = Math.cos(l);
  const sl = Math.sin(l);
  const cb = Math.cos(b);
  const sb = Math.sin(b);
  // Unit vector u(l, b) and its partial derivatives.
  const u = [cb * cl, cb * sl, sb];
  const ul = [-cb * sl, cb * cl, 0];
  const ub = [-sb * cl, -sb * sl, cb];
  const ull = [-cb * cl, -cb * sl, 0];
  const ulb = [sb * sl, -sb * cl, 0];
  for (let i = 0; i < 3; i++) {
    const du = ul[i]! * dl + ub[i]! * db;
    const ddu =
      ul[i]! * ddl + ub[i]! * ddb + ull[i]! * dl * dl + 2 * ulb[i]! * dl * db - u[i]! * db * db;
    out[i] = r * u[i]!;
    out[3 + i] = dr * u[i]! + r * du;
    out[6 + i] = ddr * u[i]! + 2 * dr * du + r * ddu;
  }
}

/**
 * Laskar's (P, Q) rotation from ELP's ecliptic of date with departure point γ′2000 to the
 * inertial J2000 ecliptic, applied to position, velocity and acceleration. The rotation's own
 * rate (≈ 6·10⁻⁹ rad/day) is kept in the velocity: the node is an ×11 lever on it.
 */
function toJ2000(t: number, x: Float64Array, out: Float64Array): void {
  const p = horner(P_COEFFS, t);
  const q = horner(Q_COEFFS, t);
  const dp = hornerRate(P_COEFFS, t) / CENTURY;
  const dq = hornerRate(Q_COEFFS, t) / CENTURY;
  const s = Math.sqrt(1 - p * p - q * q);
  const m = [
    1 - 2 * p * p,
    2 * p * q,
    2 * p * s,
    2 * p * q,
    1 - 2 * q * q,
    -2 * q * s,
    -2 * p * s,
    2 * q * s,
    1 - 2 * p * p - 2 * q * q,
  ];
  // dM/dt = ∂M/∂p·ṗ + ∂M/∂q·q̇, with ∂s/∂p = −p/s and ∂s/∂q = −q/s.
  const dm = [
    -4 * p * dp,
    2 * (q * dp + p * dq),
    2 * (s - (p * p) / s) * dp - ((2 * p * q) / s) * dq,
    2 * (q * dp + p * dq),
    -4 * q * dq,
    ((2 * p * q) / s) * dp - 2 * (s - (q * q) / s) * dq,
    -2 * (s - (p * p) / s) * dp + ((2 * p * q) / s) * dq,
    ((-2 * p * q) / s) * dp + 2 * (s - (q * q) / s) * dq,
    -4 * (p * dp + q * dq),
  ];
  for (let i = 0; i < 3; i++) {
    let pos = 0;
    let vel = 0;
    let acc = 0;
    for (let j = 0; j < 3; j++) {
      const mij = m[i * 3 + j]!;
      pos += mij * x[j]!;
      vel += mij * x[3 + j]! + dm[i * 3 + j]! * x[j]!;
      acc += mij * x[6 + j]!;
    }
    out[i] = pos;
    out[3 + i] = vel;
    out[6 + i] = acc;
  }
}

/** Σ c_k·t^(k+1). */
function horner(c: readonly number[], t: number): number {
  let v = 0;
  for (let k = c.length - 1; k >= 0; k--) v = (v + c[k]!) * t;
  return v;
}

/** d/dt Σ c_k·t^(k+1). */
function hornerRate(c: readonly number[], t: number): number {
  let v = 0;
  for (let k = c.length - 1; k >= 0; k--) v = v * t + (k + 1) * c[k]!;
  return v;
}
