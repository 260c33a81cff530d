import { houseOf } from '../houses/house-of';
import type { HouseCusps } from '../houses/types';
import type { PlacedPlanet, Planet } from './rulerships';

export type HemisphereSummary =
  | { known: false; reason: 'no_houses' }
  | {
      known: true;
      /** Below the horizon: houses 1–6. */
      north: Planet[];
      /** Above the horizon: houses 7–12. */
      south: Planet[];
      /** Around the Ascendant: houses 10–12 and 1–3. */
      east: Planet[];
      /** Around the Descendant: houses 4–9. */
      west: Planet[];
    };

/**
 * Which hemispheres the ten planets occupy, by house (a planet's `house`, when given, saves looking
 * it up). Without houses (unknown birth time) the hemispheres are unknown.
 *
 * @example
 * hemispheresOf([{ id: 'sun', lon: 95 }], cusps); // { known: true, north: ['sun'], … }
 */
export function hemispheresOf(
  planets: readonly PlacedPlanet[],
  cusps: HouseCusps | undefined,
): HemisphereSummary {
  if (!cusps) return { known: false, reason: 'no_houses' };
  const north: Planet[] = [];
  const south: Planet[] = [];
  const east: Planet[] = [];
  const west: Planet[] = [];
  for (const p of planets) {
    const house = p.house ?? houseOf(p.lon, cusps);
    (house <= 6 ? north : south).push(p.id);
    (house >= 4 && house <= 9 ? west : east).push(p.id);
  }
  return { known: true, north, south, east, west };
}
