import { computeBodies } from '../ephemeris';
import type { Ayanamsa, Body } from '../types';
import type { MotionAt } from './longitude-crossings';

/**
 * A body's longitude and speed over time from the ephemeris, tropical or sidereal.
 *
 * @example
 * ephemerisMotion('saturn')(2451545); // { lon: 40.4…, speed: −0.02… }
 */
export function ephemerisMotion(body: Body, ayanamsa?: Ayanamsa): MotionAt {
  const options = ayanamsa ? { bodies: [body], ayanamsa } : { bodies: [body] };
  return (jd) => {
    const p = computeBodies(jd, options)[body];
    return { lon: p.lon, speed: p.speed };
  };
}
