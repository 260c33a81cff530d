import { DEG, RAD, normalizeDeg } from '../angles';
import { illinois } from '../techniques/root-finding';
import type { IntermediateCusps, QuadrantFrame } from './quadrant';
import { eclipticDeclination, eclipticFromRa } from './sphere';

const TOLERANCE_DEG = 1e-10;

/**
 * A Placidus cusp is the ecliptic point that has run a fixed fraction of its own diurnal (or
 * nocturnal) semi-arc. In right ascension that reads α = ARMC + base + k·AD(δ(α)), where AD is the
 * point's ascensional difference asin(tan φ tan δ): 30° + AD/3 for cusp 11, 60° + 2AD/3 for 12,
 * 120° + 2AD/3 for 2 and 150° + AD/3 for 3.
 */
const PLACIDUS_CUSPS = {
  c11: { base: 30, k: 1 / 3 },
  c12: { base: 60, k: 2 / 3 },
  c2: { base: 120, k: 2 / 3 },
  c3: { base: 150, k: 1 / 3 },
} as const;

/**
 * Solves one Placidus cusp. Because |AD| < 90° outside the polar circles, the root lies in
 * [base − 90k, base + 90k] past the ARMC and the residual changes sign across that bracket, so a
 * bracketed solver converges where the classic fixed-point iteration can oscillate near 66°.
 * Returns undefined when the ascensional difference does not exist (polar latitudes).
 */
function placidusCusp(
  frame: QuadrantFrame,
  base: number,
  k: number,
  tanPhi: number,
): number | undefined {
  let undefinedArc = false;
  const residual = (offset: number): number => {
    const lon = eclipticFromRa(frame.armc + offset, frame.obliquity);
    const s = tanPhi * Math.tan(eclipticDeclination(lon, frame.obliquity) * DEG);
    if (Math.abs(s) > 1) undefinedArc = true;
    const ad = Math.asin(Math.max(-1, Math.min(1, s))) * RAD;
    return offset - base - k * ad;
  };
  const low = base - 90 * k;
  const high = base + 90 * k;
  const offset = illinois(residual, low, high, residual(low), residual(high), TOLERANCE_DEG, 200);
  if (undefinedArc || !Number.isFinite(offset)) return undefined;
  return normalizeDeg(eclipticFromRa(frame.armc + offset, frame.obliquity));
}

/**
 * Placidus intermediate cusps (trisection of each point's own semi-arcs), or undefined where they
 * do not exist (inside the polar circles).
 *
 * @example
 * placidusCusps({ armc: 31.07, obliquity: 23.44, latitude: -46.73, asc: 93.4, mc: 33.29 });
 */
export function placidusCusps(frame: QuadrantFrame): IntermediateCusps | undefined {
  const tanPhi = Math.tan(frame.latitude * DEG);
  const c11 = placidusCusp(frame, PLACIDUS_CUSPS.c11.base, PLACIDUS_CUSPS.c11.k, tanPhi);
  const c12 = placidusCusp(frame, PLACIDUS_CUSPS.c12.base, PLACIDUS_CUSPS.c12.k, tanPhi);
  const c2 = placidusCusp(frame, PLACIDUS_CUSPS.c2.base, PLACIDUS_CUSPS.c2.k, tanPhi);
  const c3 = placidusCusp(frame, PLACIDUS_CUSPS.c3.base, PLACIDUS_CUSPS.c3.k, tanPhi);
  if (c11 === undefined || c12 === undefined || c2 === undefined || c3 === undefined) {
    return undefined;
  }
  return { c11, c12, c2, c3 };
}
