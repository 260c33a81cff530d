import { DEG, RAD } from '../angles';
import type { IntermediateCusps, QuadrantFrame } from './quadrant';
import { obliqueAscendant } from './sphere';

/**
 * Regiomontanus intermediate cusps: the equator is divided into twelve 30° arcs from the meridian,
 * and the great circles through the horizon's north and south points and those division points
 * meet the ecliptic at the cusps. The circles 30° and 60° from the meridian have pole heights
 * atan(tan φ · sin 30°) and atan(tan φ · sin 60°).
 *
 * @example
 * regiomontanusCusps({ armc: 31.07, obliquity: 23.44, latitude: -46.73, asc: 93.4, mc: 33.29 });
 */
export function regiomontanusCusps(frame: QuadrantFrame): IntermediateCusps {
  const { armc, obliquity, latitude } = frame;
  const tanPhi = Math.tan(latitude * DEG);
  const pole30 = Math.atan(tanPhi * 0.5) * RAD;
  const pole60 = Math.atan((tanPhi * Math.sqrt(3)) / 2) * RAD;
  return {
    c11: obliqueAscendant(armc + 30, pole30, obliquity),
    c12: obliqueAscendant(armc + 60, pole60, obliquity),
    c2: obliqueAscendant(armc + 120, pole60, obliquity),
    c3: obliqueAscendant(armc + 150, pole30, obliquity),
  };
}
