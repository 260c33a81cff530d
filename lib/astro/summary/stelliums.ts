import { houseOf } from '../houses/house-of';
import type { HouseCusps } from '../houses/types';
import { SIGNS } from '../types';
import type { AspectPattern } from './patterns';
import type { Planet } from './rulerships';
import { signAt } from './zodiac';

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
  planets: readonly { id: Planet; lon: number }[],
  cusps?: HouseCusps,
  minPlanets: number = STELLIUM_MIN_PLANETS,
): AspectPattern[] {
  const found: AspectPattern[] = [];
  for (const sign of SIGNS) {
    const members = planets.filter((p) => signAt(p.lon) === sign).map((p) => p.id);
    if (members.length >= minPlanets) found.push({ kind: 'stellium', sign, members });
  }
  if (cusps) {
    for (let house = 1; house <= 12; house++) {
      const members = planets.filter((p) => houseOf(p.lon, cusps) === house).map((p) => p.id);
      if (members.length >= minPlanets) found.push({ kind: 'stellium', house, members });
    }
  }
  return found;
}
