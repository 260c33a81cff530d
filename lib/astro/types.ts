/** Shared vocabulary of the astronomy engine. Module-specific types live beside their module. */

export const BODIES = [
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
  'mean_node',
  'true_node',
  'mean_lilith',
  'chiron',
] as const;
export type Body = (typeof BODIES)[number];

/** Geocentric apparent ecliptic position of date, degrees and degrees/day. */
export interface BodyPosition {
  /** Ecliptic longitude in [0, 360). */
  lon: number;
  /** Ecliptic latitude in [-90, 90]. */
  lat: number;
  /** Speed in longitude, degrees per day; negative while retrograde. */
  speed: number;
  retrograde: boolean;
}

export const HOUSE_SYSTEMS = [
  'placidus',
  'koch',
  'equal',
  'whole_sign',
  'porphyry',
  'regiomontanus',
  'campanus',
] as const;
export type HouseSystem = (typeof HOUSE_SYSTEMS)[number];

export const AYANAMSAS = ['lahiri', 'fagan_bradley'] as const;
export type Ayanamsa = (typeof AYANAMSAS)[number];

/** Tropical, or sidereal with a named ayanamsa. */
export type Zodiac = { kind: 'tropical' } | { kind: 'sidereal'; ayanamsa: Ayanamsa };

export const SIGNS = [
  'aries',
  'taurus',
  'gemini',
  'cancer',
  'leo',
  'virgo',
  'libra',
  'scorpio',
  'sagittarius',
  'capricorn',
  'aquarius',
  'pisces',
] as const;
export type Sign = (typeof SIGNS)[number];
