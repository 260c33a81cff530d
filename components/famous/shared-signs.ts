import type { Chart } from '@/lib/astro/chart/types';
import type { SharedSignsQuery } from '@/lib/famous';

/**
 * The signs a chart offers for matching famous people: Sun, Moon, and the Ascendant when the
 * birth time is known. Null for sidereal charts, since the famous people's signs are tropical.
 *
 * @example
 * sharedSignsOf(einsteinChart); // { sunSign: 'pisces', moonSign: 'sagittarius', ascSign: 'cancer' }
 */
export function sharedSignsOf(chart: Chart): SharedSignsQuery | null {
  if (chart.zodiac.kind !== 'tropical') return null;
  return {
    sunSign: chart.bodies.sun.sign,
    moonSign: chart.bodies.moon.sign,
    ...(chart.angles ? { ascSign: chart.angles.asc.sign } : {}),
  };
}
