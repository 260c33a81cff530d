import { armc as armcAt, frameAt } from '../frame';
import type { HouseSystem } from '../types';
import { computeHouses } from './compute-houses';
import type { HouseResult } from './types';

/**
 * Houses for an instant and a place: the ARMC from the apparent sidereal time and the true
 * obliquity of date, both from the frame module. Longitude is east-positive.
 *
 * @example
 * housesAt(2451545, 51.4779, 0, 'placidus').asc; // ≈ 24.27 (Greenwich, J2000)
 */
export function housesAt(
  jdUt: number,
  latitude: number,
  longitude: number,
  system: HouseSystem = 'placidus',
): HouseResult {
  return computeHouses({
    armc: armcAt(jdUt, longitude),
    trueObliquity: frameAt(jdUt).trueObliquity,
    latitude,
    system,
  });
}
