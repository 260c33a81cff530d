import { normalizeDeg, signedDiffDeg } from '../angles';
import type { IntermediateCusps } from './quadrant';

/**
 * Porphyry intermediate cusps: each ecliptic quadrant between the angles is split into three equal
 * parts. The Ascendant must lie east of the MC (0–180° ahead of it).
 *
 * @example
 * porphyryCusps(93.4, 33.29); // { c11: 53.3…, c12: 73.3…, c2: 133.3…, c3: 173.3… }
 */
export function porphyryCusps(asc: number, mc: number): IntermediateCusps {
  const mcToAsc = normalizeDeg(signedDiffDeg(mc, asc));
  const ascToIc = 180 - mcToAsc;
  return {
    c11: normalizeDeg(mc + mcToAsc / 3),
    c12: normalizeDeg(mc + (2 * mcToAsc) / 3),
    c2: normalizeDeg(asc + ascToIc / 3),
    c3: normalizeDeg(asc + (2 * ascToIc) / 3),
  };
}
