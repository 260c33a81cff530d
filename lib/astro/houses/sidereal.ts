import { normalizeDeg } from '../angles';
import { cuspsFrom } from './cusps';
import type { HouseResult } from './types';

/**
 * Moves tropical houses into a sidereal zodiac by subtracting the ayanamsa from every longitude
 * (the traditional method, as the Swiss Ephemeris does by default). Whole Sign houses are rebuilt
 * from the sidereal Ascendant's sign, since subtracting would leave them mid-sign. The ARMC is
 * a right ascension and stays as it is.
 *
 * @example
 * toSiderealHouses(housesAt(2451545, 28.6, 77.2, 'whole_sign'), 23.85).cusps[0] % 30; // 0
 */
export function toSiderealHouses(houses: HouseResult, ayanamsa: number): HouseResult {
  const shift = (lon: number): number => normalizeDeg(lon - ayanamsa);
  const asc = shift(houses.asc);
  const first = Math.floor(asc / 30) * 30;
  const cusps = cuspsFrom((i) =>
    houses.effectiveSystem === 'whole_sign'
      ? normalizeDeg(first + 30 * i)
      : shift(houses.cusps[i] ?? Number.NaN),
  );
  return { ...houses, cusps, asc, mc: shift(houses.mc), vertex: shift(houses.vertex) };
}
