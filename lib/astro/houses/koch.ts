import { DEG, RAD } from '../angles';
import type { IntermediateCusps, QuadrantFrame } from './quadrant';
import { eclipticDeclination, obliqueAscendant } from './sphere';

/**
 * Koch (birthplace) intermediate cusps. The semi-arc of the MC degree at the birth latitude,
 * SA = 90° + AD(δ_MC), is trisected in time: cusps 11 and 12 are the degrees rising at the birth
 * latitude when the sidereal time was ARMC − 2SA/3 and ARMC − SA/3, cusps 2 and 3 when it will be
 * ARMC + SA/3 and ARMC + 2SA/3. Undefined inside the polar circles, where AD(δ_MC) does not exist.
 *
 * @example
 * kochCusps({ armc: 31.07, obliquity: 23.44, latitude: -46.73, asc: 93.4, mc: 33.29 });
 */
export function kochCusps(frame: QuadrantFrame): IntermediateCusps | undefined {
  const { armc, obliquity, latitude, mc } = frame;
  const s = Math.tan(latitude * DEG) * Math.tan(eclipticDeclination(mc, obliquity) * DEG);
  if (Math.abs(s) > 1) return undefined;
  const third = (90 + Math.asin(s) * RAD) / 3;
  const rising = (sidereal: number): number => obliqueAscendant(sidereal + 90, latitude, obliquity);
  return {
    c11: rising(armc - 2 * third),
    c12: rising(armc - third),
    c2: rising(armc + third),
    c3: rising(armc + 2 * third),
  };
}
