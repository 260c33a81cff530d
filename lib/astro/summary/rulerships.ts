import { SIGNS, type Body, type Sign } from '../types';

/** Modern rulers give Scorpio, Aquarius and Pisces to Pluto, Uranus and Neptune. */
export type RulershipScheme = 'modern' | 'traditional';

export type Planet =
  | 'sun'
  | 'moon'
  | 'mercury'
  | 'venus'
  | 'mars'
  | 'jupiter'
  | 'saturn'
  | 'uranus'
  | 'neptune'
  | 'pluto';

/** A planet's longitude, and its house when already known (it must be what houseOf gives). */
export interface PlacedPlanet {
  id: Planet;
  lon: number;
  house?: number;
}

export const PLANETS: readonly Planet[] = [
  'sun',
  'moon',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
];

const TRADITIONAL_RULERS: Readonly<Record<Sign, Planet>> = {
  aries: 'mars',
  taurus: 'venus',
  gemini: 'mercury',
  cancer: 'moon',
  leo: 'sun',
  virgo: 'mercury',
  libra: 'venus',
  scorpio: 'mars',
  sagittarius: 'jupiter',
  capricorn: 'saturn',
  aquarius: 'saturn',
  pisces: 'jupiter',
};

const MODERN_RULERS: Readonly<Record<Sign, Planet>> = {
  ...TRADITIONAL_RULERS,
  scorpio: 'pluto',
  aquarius: 'uranus',
  pisces: 'neptune',
};

/**
 * Ruler of a sign.
 *
 * @example
 * rulerOf('scorpio'); // 'pluto'
 * rulerOf('scorpio', 'traditional'); // 'mars'
 */
export function rulerOf(sign: Sign, scheme: RulershipScheme = 'modern'): Planet {
  return (scheme === 'modern' ? MODERN_RULERS : TRADITIONAL_RULERS)[sign];
}

/**
 * Signs a body rules (its domiciles) in a scheme; none for the nodes, Lilith and Chiron.
 *
 * @example
 * signsRuledBy('mercury'); // ['gemini', 'virgo']
 */
export function signsRuledBy(body: Body, scheme: RulershipScheme = 'modern'): Sign[] {
  return SIGNS.filter((sign) => rulerOf(sign, scheme) === body);
}

/**
 * Whether a body is one of the ten planets (Sun and Moon included).
 *
 * @example
 * isPlanet('chiron'); // false
 */
export function isPlanet(id: string): id is Planet {
  return PLANET_SET.has(id);
}

const PLANET_SET: ReadonlySet<string> = new Set(PLANETS);
