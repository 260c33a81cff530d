import { ARCSEC, DAYS_PER_CENTURY, J2000, normRad } from './angles';
import { NUTATION_2000B } from './nutation-data';

/** Nutation in longitude (Δψ) and obliquity (Δε), radians. */
export interface Nutation {
  dpsi: number;
  deps: number;
}

const UNIT = ARCSEC / 1e7;

/** Delaunay arguments (Simon et al. 1994) in arcseconds: l, l′, F, D, Ω as polynomials in T. */
function delaunay(t: number): [number, number, number, number, number] {
  const arg = (c0: number, c1: number, c2: number, c3: number, c4: number) =>
    normRad((c0 + t * (c1 + t * (c2 + t * (c3 + t * c4)))) * ARCSEC);
  return [
    arg(485868.249036, 1717915923.2178, 31.8792, 0.051635, -0.0002447),
    arg(1287104.79305, 129596581.0481, -0.5532, 0.000136, -0.00001149),
    arg(335779.526232, 1739527262.8478, -12.7512, -0.001037, 0.00000417),
    arg(1072260.70369, 1602961601.209, -6.3706, 0.006593, -0.00003169),
    arg(450160.398036, -6962890.5431, 7.4722, 0.007702, -0.00005939),
  ];
}

/**
 * IAU 2000B nutation (77 luni-solar terms) at a TT Julian day, the Swiss Ephemeris default.
 *
 * @example
 * const { dpsi, deps } = nutation(2451545); // radians; dpsi ≈ -6.75e-5 (≈ −13.9″)
 */
export function nutation(jdTt: number): Nutation {
  const t = (jdTt - J2000) / DAYS_PER_CENTURY;
  const [l, lp, f, d, om] = delaunay(t);
  let dpsi = 0;
  let deps = 0;
  // Smallest terms first, for the same rounding as the reference implementation.
  for (let i = NUTATION_2000B.length - 1; i >= 0; i--) {
    const r = NUTATION_2000B[i] as readonly number[];
    const a = r[0]! * l + r[1]! * lp + r[2]! * f + r[3]! * d + r[4]! * om;
    const s = Math.sin(a);
    const c = Math.cos(a);
    dpsi += (r[5]! + r[6]! * t) * s + r[7]! * c;
    deps += (r[8]! + r[9]! * t) * c + r[10]! * s;
  }
  return { dpsi: dpsi * UNIT, deps: deps * UNIT };
}
