import { signedDiffDeg, normalizeDeg } from '../angles';
import { obliqueAscendant } from './sphere';

/**
 * The Vertex: where the prime vertical meets the ecliptic in the west. It is the "Ascendant" of
 * the co-latitude seen from the west point. Between the tropics that point can swing to the east
 * side of the meridian; like the Swiss Ephemeris we keep it west of the MC there.
 *
 * @example
 * vertexOf(31.065324, 23.436, -46.7314, 33.288426); // ≈ 314.7067
 */
export function vertexOf(armc: number, obliquity: number, latitude: number, mc: number): number {
  const coLatitude = latitude >= 0 ? 90 - latitude : -90 - latitude;
  const vertex = obliqueAscendant(armc - 90, coLatitude, obliquity);
  if (Math.abs(latitude) <= obliquity && signedDiffDeg(mc, vertex) > 0) {
    return normalizeDeg(vertex + 180);
  }
  return vertex;
}
