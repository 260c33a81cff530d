import { getGazetteer } from './gazetteer';
import { placeAtRow } from './place-at-row';
import type { Place } from './types';

/**
 * A place by its GeoNames id, or `null` when the gazetteer has no such place.
 *
 * @example
 * getPlace(2988507)?.label; // 'Paris, Île-de-France, France'
 */
export function getPlace(id: number, options: { locale?: string } = {}): Place | null {
  const gazetteer = getGazetteer();
  const row = gazetteer.rowById.get(id);
  return row === undefined ? null : placeAtRow(gazetteer, row, options.locale ?? 'en');
}
