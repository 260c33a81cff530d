import { ARCSEC, DAYS_PER_CENTURY, J2000, TWO_PI } from './angles';

/** A 3×3 rotation matrix, row-major. */
export type Matrix3 = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

// Vondrák, Capitaine & Wallace (2011), A&A 534, A22 (with the 2012 erratum): ecliptic pole (P, Q)
// and equator pole (X, Y) in ″, as polynomials plus periodic terms [period (cy), cos A, cos B,
// sin A, sin B].
type Series = {
  poly: readonly (readonly [number, number])[];
  periodic: readonly (readonly [number, number, number, number, number])[];
};

const ECLIPTIC_POLE: Series = {
  poly: [
    [5851.607687, -1600.8863],
    [-0.1189, 1.1689818],
    [-0.00028913, -0.0000002],
    [0.000000101, -0.000000437],
  ],
  periodic: [
    [708.15, -5486.751211, -684.66156, 667.66673, -5523.863691],
    [2309, -17.127623, 2446.28388, -2354.886252, -549.74745],
    [1620, -617.517403, 399.671049, -428.152441, -310.998056],
    [492.2, 413.44294, -356.652376, 376.202861, 421.535876],
    [1183, 78.614193, -186.387003, 184.778874, -36.776172],
    [622, -180.732815, -316.80007, 335.321713, -145.278396],
    [882, -87.676083, 198.296701, -185.138669, -34.74445],
    [547, 46.140315, 101.135679, -120.97283, 22.885731],
  ],
};

const EQUATOR_POLE: Series = {
  poly: [
    [5453.282155, -73750.93035],
    [0.4252841, -0.7675452],
    [-0.00037173, -0.00018725],
    [-0.000000152, 0.000000231],
  ],
  periodic: [
    [256.75, -819.940624, 75004.344875, 81491.287984, 1558.515853],
    [708.15, -8444.676815, 624.033993, 787.163481, 7774.939698],
    [274.2, 2600.009459, 1251.136893, 1251.296102, -2219.534038],
    [241.45, 2755.17563, -1102.212834, -1257.950837, -2523.969396],
    [2309, -167.659835, -2660.66498, -2966.79973, 247.850422],
    [492.2, 871.855056, 699.291817, 639.744522, -846.485643],
    [396.1, 44.769698, 153.16722, 131.600209, -1393.124055],
    [288.9, -512.313065, -950.865637, -445.040117, 368.526116],
    [231.1, -819.415595, 499.754645, 584.522874, 749.045012],
    [1610, -538.071099, -145.18821, -89.756563, 444.704518],
    [620, -189.793622, 558.116553, 524.42963, 235.934465],
    [157.87, -402.922932, -23.923029, -13.549067, 374.049623],
    [220.3, 179.516345, -165.405086, -210.157124, -171.33018],
    [1200, -9.814756, 9.344131, -44.919798, -22.899655],
  ],
};

/** Obliquity of J2000 used to express the ecliptic pole in equatorial coordinates. */
const EPS0 = 84381.406 * ARCSEC;

function evaluate(series: Series, t: number): [number, number] {
  let a = 0;
  let b = 0;
  for (const [period, ca, cb, sa, sb] of series.periodic) {
    const w = (TWO_PI * t) / period;
    const c = Math.cos(w);
    const s = Math.sin(w);
    a += c * ca + s * sa;
    b += c * cb + s * sb;
  }
  let w = 1;
  for (const [pa, pb] of series.poly) {
    a += pa * w;
    b += pb * w;
    w *= t;
  }
  return [a * ARCSEC, b * ARCSEC];
}

/**
 * Precession matrix from the mean equator and equinox of J2000 to those of date (Vondrák et al.
 * 2011, the Swiss Ephemeris 2.10 default): `v_date = P · v_J2000` for equatorial vectors.
 *
 * @example
 * const p = precessionMatrix(2451545 + 36525); // one century after J2000
 */
export function precessionMatrix(jdTt: number): Matrix3 {
  const t = (jdTt - J2000) / DAYS_PER_CENTURY;
  const [p, q] = evaluate(ECLIPTIC_POLE, t);
  const z = Math.sqrt(Math.max(1 - p * p - q * q, 0));
  const s = Math.sin(EPS0);
  const c = Math.cos(EPS0);
  const ecl = [p, -q * c - z * s, -q * s + z * c] as const;
  const [x, y] = evaluate(EQUATOR_POLE, t);
  const equ = [x, y, Math.sqrt(Math.max(1 - x * x - y * y, 0))] as const;
  // Equinox = equator pole × ecliptic pole, normalised; the middle row completes the triad.
  const vx = equ[1] * ecl[2] - equ[2] * ecl[1];
  const vy = equ[2] * ecl[0] - equ[0] * ecl[2];
  const vz = equ[0] * ecl[1] - equ[1] * ecl[0];
  const n = Math.hypot(vx, vy, vz);
  const ex = vx / n;
  const ey = vy / n;
  const ez = vz / n;
  return [
    ex,
    ey,
    ez,
    equ[1] * ez - equ[2] * ey,
    equ[2] * ex - equ[0] * ez,
    equ[0] * ey - equ[1] * ex,
    equ[0],
    equ[1],
    equ[2],
  ];
}
