import { AstroError } from '../errors';

/**
 * Chebyshev representation of a heliocentric J2000-ecliptic orbit: equal intervals from `start`
 * (TT Julian day) of `intervalDays`, each with `degree + 1` coefficients per coordinate (x, then
 * y, then z), stored as integers in units of `unitAu`.
 */
export interface ChebyshevTable {
  start: number;
  intervalDays: number;
  degree: number;
  unitAu: number;
  coefficients: number[];
}

/**
 * Heliocentric position and velocity (au, au/day) from a Chebyshev table into `out`
 * ([x, y, z, vx, vy, vz]). Throws AstroError('out_of_range') outside the table.
 *
 * @example
 * evaluateChebyshevTable(table, 2451545, out);
 */
export function evaluateChebyshevTable(
  table: ChebyshevTable,
  jdTt: number,
  out: Float64Array,
): void {
  const { start, intervalDays, degree, unitAu, coefficients } = table;
  const n = degree + 1;
  const count = coefficients.length / (3 * n);
  const u = (jdTt - start) / intervalDays;
  const index = Math.min(Math.floor(u), count - 1);
  if (!(u >= 0 && u <= count)) {
    throw new AstroError('out_of_range', `Julian day ${jdTt} is outside the Chebyshev table`);
  }
  const x = 2 * (u - index) - 1;
  const rate = (2 / intervalDays) * unitAu;
  for (let c = 0; c < 3; c++) {
    const base = (index * 3 + c) * n;
    // Clenshaw for Σ a_k T_k(x) and for its derivative Σ a_k T_k'(x) (via U_{k−1}).
    let b1 = 0;
    let b2 = 0;
    let d1 = 0;
    let d2 = 0;
    for (let k = degree; k >= 1; k--) {
      const a = coefficients[base + k]!;
      const b0 = 2 * x * b1 - b2 + a;
      b2 = b1;
      b1 = b0;
      const d0 = 2 * x * d1 - d2 + k * a;
      d2 = d1;
      d1 = d0;
    }
    out[c] = (x * b1 - b2 + coefficients[base]!) * unitAu;
    // Σ k·a_k·U_{k−1}(x): the Clenshaw sum above with U-basis closure.
    out[3 + c] = d1 * rate;
  }
}
