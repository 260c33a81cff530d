import { DEG, RAD } from '../angles';
import type { IntermediateCusps, QuadrantFrame } from './quadrant';
import { obliqueAscendant } from './sphere';

/**
 * Campanus intermediate cusps: the prime vertical is divided into twelve 30° arcs from the zenith,
 * and the great circles through the horizon's north and south points and those division points
 * meet the ecliptic at the cusps. The circle 30° (60°) from the zenith has pole height
 * asin(sin φ · sin 30°) (asin(sin φ · sin 60°)) and crosses the equator at a right ascension
 * atan(tan 60° / cos φ) (atan(tan 30° / cos φ)) east of the meridian.
 *
 * @example
 * campanusCusps({ armc: 31.07, obliquity: 23.44, latitude: -46.73, asc: 93.4, mc: 33.29 });
 */
export function campanusCusps(frame: QuadrantFrame): IntermediateCusps {
  const { armc, obliquity, latitude } = frame;
  const phi = latitude * DEG;
  const pole30 = Math.asin(Math.sin(phi) / 2) * RAD;
  const pole60 = Math.asin((Math.sin(phi) * Math.sqrt(3)) / 2) * RAD;
  // The equator crossings measured from the east point; atan2 keeps them right at φ = ±90°.
  const east30 = Math.atan2(Math.sqrt(3), Math.cos(phi)) * RAD;
  const east60 = Math.atan2(1 / Math.sqrt(3), Math.cos(phi)) * RAD;
  return {
    c11: obliqueAscendant(armc + 90 - east30, pole30, obliquity),
    c12: obliqueAscendant(armc + 90 - east60, pole60, obliquity),
    c2: obliqueAscendant(armc + 90 + east60, pole60, obliquity),
    c3: obliqueAscendant(armc + 90 + east30, pole30, obliquity),
  };
}
