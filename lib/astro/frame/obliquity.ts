import { ARCSEC, DAYS_PER_CENTURY, J2000, TWO_PI } from './angles';

// Vondrák, Capitaine & Wallace (2011), A&A 534, A22, table for the precession in longitude (P)
// and the mean obliquity (Q), ″: polynomial coefficients, then periodic terms [period (cy),
// cos P, cos Q, sin P, sin Q].
const POLY: readonly (readonly [number, number])[] = [
  [8134.017132, 84028.206305],
  [5043.0520035, 0.3624445],
  [-0.00710733, -0.00004039],
  [0.000000271, -0.00000011],
];
// prettier-ignore
const PERIODIC: readonly (readonly [number, number, number, number, number])[] = [
  [409.9, -6908.287473, 753.87278, -2845.175469, -1704.720302],
  [396.15, -3198.706291, -247.805823, 449.844989, -862.308358],
  [537.22, 1453.674527, 379.471484, -1255.915323, 447.832178],
  [402.9, -857.748557, -53.880558, 886.736783, -889.571909],
  [417.15, 1173.231614, -90.109153, 418.887514, 190.402846],
  [288.92, -156.981465, -353.60019, 997.912441, -56.564991],
  [4043, 371.83655, -63.115353, -240.97971, -296.222622],
  [306, -216.61904, -28.248187, 76.541307, -75.859952],
  [277, 193.691479, 17.703387, -36.788069, 67.473503],
  [203, 11.891524, 38.911307, -170.964086, 3.014055],
];

/**
 * Mean obliquity of the ecliptic (radians) at a TT Julian day, Vondrák et al. 2011 long-term
 * expression: the Swiss Ephemeris 2.10 default.
 *
 * @example
 * meanObliquity(2451545) / (Math.PI / 180); // ≈ 23.4392794
 */
export function meanObliquity(jdTt: number): number {
  const t = (jdTt - J2000) / DAYS_PER_CENTURY;
  let q = 0;
  for (const [period, , cq, , sq] of PERIODIC) {
    const a = (TWO_PI * t) / period;
    q += Math.cos(a) * cq + Math.sin(a) * sq;
  }
  let w = 1;
  for (const [, pq] of POLY) {
    q += pq * w;
    w *= t;
  }
  return q * ARCSEC;
}
