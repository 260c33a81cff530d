import { signIndex } from '../angles';
import { SIGNS, type Sign } from '../types';

export const ELEMENTS = ['fire', 'earth', 'air', 'water'] as const;
export type Element = (typeof ELEMENTS)[number];

export const MODALITIES = ['cardinal', 'fixed', 'mutable'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Element of a sign: the signs cycle fire, earth, air, water from Aries.
 *
 * @example
 * elementOf('leo'); // 'fire'
 */
export function elementOf(sign: Sign): Element {
  return ELEMENTS[SIGNS.indexOf(sign) % 4] ?? 'fire';
}

/**
 * Modality of a sign: the signs cycle cardinal, fixed, mutable from Aries.
 *
 * @example
 * modalityOf('pisces'); // 'mutable'
 */
export function modalityOf(sign: Sign): Modality {
  return MODALITIES[SIGNS.indexOf(sign) % 3] ?? 'cardinal';
}

/**
 * Sign of an ecliptic longitude.
 *
 * @example
 * signAt(245); // 'sagittarius'
 */
export function signAt(lon: number): Sign {
  return SIGNS[signIndex(lon)] ?? 'aries';
}
