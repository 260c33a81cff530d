import { signIndex } from '../angles';
import { houseOf } from '../houses/house-of';
import type { HouseCusps } from '../houses/types';
import { SIGNS } from '../types';
import type { AspectPattern } from './patterns';
import type { PlacedPlanet, Planet } from './rulerships';

/** Fewest planets in one sign or one house that make a stellium. */
export const STELLIUM_MIN_PLANETS = 3;

/**
 * Stelliums: at least {@link STELLIUM_MIN_PLANETS} of the ten planets in one sign, and (with
 * houses) in one house, reported separately. Nodes, Lilith, Chiron and the angles do not count.
 *
 * @example
 * findStelliums([{ id: 'sun', lon: 1 }, { id: 'mercury', lon: 5 }, { id: 'venus', lon: 29 }]);
 * // [{ kind: 'stellium', sign: 'aries', members: ['sun', 'mercury', 'venus'] }]
 */
export function findStelliums(
  planets: readonly PlacedPlanet[],
  cusps?: HouseCusps,
  minPlanets: number = STELLIUM_MIN_PLANETS,
): AspectPattern[] {
  const bySign: Planet[][] = SIGNS.map(() => []);
  const byHouse: Planet[][] = cusps ? Array.from({ length: 12 }, () => []) : [];
  for (const p of planets) {
    // A longitude that is not a number counts as Aries, as signAt has it.
    bySign[signIndex(p.lon) || 0]!.push(p.id);
    if (cusps) byHouse[(p.house ?? houseOf(p.lon, cusps)) - 1]!.push(p.id);
  }
  const found: AspectPattern[] = [];
  SIGNS.forEach((sign, i) => {
    const members = bySign[i]!;
    if (members.length >= minPlanets) found.push({ kind: 'stellium', sign, members });
  });
  byHouse.forEach((members, i) => {
    if (members.length >= minPlanets) found.push({ kind: 'stellium', house: i + 1, members });
  });
  return found;
}
