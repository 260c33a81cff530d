import { sunMassWithin } from './sun-mass-fraction';

/** 2GM☉/c² in au (SOFA's SRS): the deflection in radians at 90° from the Sun, seen from 1 au. */
export const SUN_SCHWARZSCHILD_AU = 1.97412574336e-8;
/** Angular radius of the Sun at 1 au, radians (the Swiss Ephemeris' value). */
const SUN_RADIUS_AT_1AU = (959.63 / 3600) * (Math.PI / 180);
/** Keeps 1 + q·e away from zero for a body exactly behind the Sun's centre (SOFA's dlim). */
const DENOMINATOR_FLOOR = 1e-12;

/**
 * Gravitational light deflection by the Sun (SOFA `iauLd` with the Sun as deflector:
 * p1 = p + w·(p × (e × q)), w = SRS / em / (q·(q + e))), where p is the observer→body, q the
 * Sun→body and e the Sun→observer direction. As in the Swiss Ephemeris, a body seen inside the
 * solar disk is deflected only by the solar mass within the ray's impact radius, so the
 * deflection falls smoothly to zero at the centre instead of diverging.
 *
 * `p` is the geocentric vector of the body (light-time corrected) and `e` the heliocentric
 * vector of the Earth, in au and any common orientation; the body is taken at p + e from the
 * Sun. Writes the change of `p` (same length units) into `out`, so the deflected vector is
 * p + out.
 *
 * @example
 * const d = new Float64Array(3);
 * sunDeflection(0, 30, 0, 1, 0, 0, d); // 90° from the Sun: d ≈ [5.7e-7, 0, 0], 0.0039″ outwards
 */
export function sunDeflection(
  px: number,
  py: number,
  pz: number,
  ex: number,
  ey: number,
  ez: number,
  out: Float64Array,
): void {
  const qx = px + ex;
  const qy = py + ey;
  const qz = pz + ez;
  const rp = Math.hypot(px, py, pz);
  const rq = Math.hypot(qx, qy, qz);
  const em = Math.hypot(ex, ey, ez);
  if (rq === 0 || rp === 0) {
    out[0] = out[1] = out[2] = 0;
    return;
  }
  const pq = (px * qx + py * qy + pz * qz) / (rp * rq);
  const pe = (px * ex + py * ey + pz * ez) / (rp * em);
  const qe = (qx * ex + qy * ey + qz * ez) / (rq * em);
  const impact = Math.sqrt(Math.max(0, 1 - pe * pe)) / (SUN_RADIUS_AT_1AU / em);
  const w =
    (SUN_SCHWARZSCHILD_AU * sunMassWithin(impact)) / em / Math.max(1 + qe, DENOMINATOR_FLOOR);
  // p × (e × q) = e (p·q) − q (p·e), scaled back to the length of p.
  const a = (w * rp * pq) / em;
  const b = (w * rp * pe) / rq;
  out[0] = a * ex - b * qx;
  out[1] = a * ey - b * qy;
  out[2] = a * ez - b * qz;
}
