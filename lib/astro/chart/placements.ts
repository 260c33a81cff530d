import { normalizeDeg, signOf } from '../angles';
import { houseOf, type HouseResult } from '../houses';
import type { Body, BodyPosition, Sign } from '../types';

/** A longitude with the sign that holds it and its degrees within that sign. */
export interface SignPlacement {
  lon: number;
  sign: Sign;
  /** Degrees within the sign, [0, 30). */
  degreeInSign: number;
}

export interface ChartBody extends BodyPosition, SignPlacement {
  body: Body;
  /** House 1–12; null when the birth time is unknown. */
  house: number | null;
}

export type AngleName = 'asc' | 'mc' | 'dsc' | 'ic' | 'vertex';

/**
 * Sign and degree within the sign of a longitude.
 *
 * @example
 * placeInSign(95.5); // { lon: 95.5, sign: 'cancer', degreeInSign: 5.5 }
 */
export function placeInSign(lon: number): SignPlacement {
  const n = normalizeDeg(lon);
  return { lon: n, sign: signOf(n), degreeInSign: n - Math.floor(n / 30) * 30 };
}

/**
 * Bodies with sign, degree in sign and, when houses are known, house number.
 *
 * @example
 * placeBodies(computeBodies(jd), housesAt(jd, 48.85, 2.35)).sun.house; // 1–12
 */
export function placeBodies(
  positions: Readonly<Record<Body, BodyPosition>>,
  houses: HouseResult | null,
): Record<Body, ChartBody> {
  const out = {} as Record<Body, ChartBody>;
  for (const body of Object.keys(positions) as Body[]) {
    const p = positions[body];
    const { lon, sign, degreeInSign } = placeInSign(p.lon);
    // Spelled out rather than spread: a chart places 14 bodies, and spreads cost.
    out[body] = {
      body,
      lon,
      lat: p.lat,
      speed: p.speed,
      retrograde: p.retrograde,
      sign,
      degreeInSign,
      house: houses ? houseOf(p.lon, houses.cusps) : null,
    };
  }
  return out;
}

/**
 * Ascendant, MC, their opposite points and the Vertex, each with its sign.
 *
 * @example
 * chartAngles(housesAt(jd, 48.85, 2.35)).dsc.lon; // asc + 180
 */
export function chartAngles(houses: HouseResult): Record<AngleName, SignPlacement> {
  return {
    asc: placeInSign(houses.asc),
    mc: placeInSign(houses.mc),
    dsc: placeInSign(houses.asc + 180),
    ic: placeInSign(houses.mc + 180),
    vertex: placeInSign(houses.vertex),
  };
}
