import { ARCSEC, DAYS_PER_CENTURY, J2000, normRad } from './angles';
import { NUTATION_2000B } from './nutation-data';

/** Nutation in longitude (Δψ) and obliquity (Δε), radians. */
export interface Nutation {
  dpsi: number;
  deps: number;
}

const UNIT = ARCSEC / 1e7;

/** The series as one flat array of rows of 11, read faster than nested arrays. */
const ROW = 11;
const TERMS = Float64Array.from(NUTATION_2000B.flat());

/** Delaunay arguments (Simon et al. 1994) in arcseconds: l, l′, F, D, Ω as polynomials in T. */
function delaunayArg(
  t: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  c4: number,
): number {
  return normRad((c0 + t * (c1 + t * (c2 + t * (c3 + t * c4)))) * ARCSEC);
}

/**
 * IAU 2000B nutation (77 luni-solar terms) at a TT Julian day, the Swiss Ephemeris default.
 *
 * @example
 * const { dpsi, deps } = nutation(2451545); // radians; dpsi ≈ -6.75e-5 (≈ −13.9″)
 */
export function nutation(jdTt: number): Nutation {
  const t = (jdTt - J2000) / DAYS_PER_CENTURY;
  const l = delaunayArg(t, 485868.249036, 1717915923.2178, 31.8792, 0.051635, -0.0002447);
  const lp = delaunayArg(t, 1287104.79305, 129596581.0481, -0.5532, 0.000136, -0.00001149);
  const f = delaunayArg(t, 335779.526232, 1739527262.8478, -12.7512, -0.001037, 0.00000417);
  const d = delaunayArg(t, 1072260.70369, 1602961601.209, -6.3706, 0.006593, -0.00003169);
  const om = delaunayArg(t, 450160.398036, -6962890.5431, 7.4722, 0.007702, -0.00005939);
  let dpsi = 0;
  let deps = 0;
  // Smallest terms first, for the same rounding as the reference implementation.
  for (let i = TERMS.length - ROW; i >= 0; i -= ROW) {
    const a =
      TERMS[i]! * l +
      TERMS[i + 1]! * lp +
      TERMS[i + 2]! * f +
      TERMS[i + 3]! * d +
      TERMS[i + 4]! * om;
    const s = Math.sin(a);
    const c = Math.cos(a);
    dpsi += (TERMS[i + 5]! + TERMS[i + 6]! * t) * s + TERMS[i + 7]! * c;
    deps += (TERMS[i + 8]! + TERMS[i + 9]! * t) * c + TERMS[i + 10]! * s;
  }
  return { dpsi: dpsi * UNIT, deps: deps * UNIT };
}
