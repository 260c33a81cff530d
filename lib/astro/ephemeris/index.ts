import { DEG, normalizeDeg } from '../angles';
import { AstroError } from '../errors';
import { frameAt } from '../frame';
import { AYANAMSAS, BODIES, type Ayanamsa, type Body, type BodyPosition } from '../types';
import { ayanamsaDegrees } from './ayanamsa';
import { instantState, type InstantState } from './instant-state';

export { ayanamsaDegrees };

export interface ComputeBodiesOptions<B extends Body = Body> {
  /** Only these bodies (default: all of BODIES). */
  bodies?: readonly B[];
  /** Sidereal zodiac with this ayanamsa (default: tropical). */
  ayanamsa?: Ayanamsa;
}

const slot = new Float64Array(3);

function position(state: InstantState, body: Body, offsetDeg: number): BodyPosition {
  state.compute(body, slot);
  const speed = slot[2]! / DEG;
  return {
    lon: normalizeDeg(slot[0]! / DEG - offsetDeg),
    lat: slot[1]! / DEG,
    speed,
    retrograde: speed < 0,
  };
}

/**
 * Geocentric apparent positions of the chart bodies at a UT Julian day: ecliptic longitude and
 * latitude of date (degrees, true equinox) and speed in longitude (degrees/day), as the Swiss
 * Ephemeris computes them by default. Sidereal when `ayanamsa` is given.
 * Throws AstroError('invalid_input' | 'out_of_range') outside 1800–2399.
 *
 * @example
 * computeBodies(2451545).sun.lon; // ≈ 280.37
 * computeBodies(2451545, { bodies: ['moon'] }).moon.lon; // ≈ 223.32
 */
export function computeBodies(jdUt: number): Record<Body, BodyPosition>;
export function computeBodies<B extends Body>(
  jdUt: number,
  options: ComputeBodiesOptions<B>,
): Record<B, BodyPosition>;
export function computeBodies(
  jdUt: number,
  options: ComputeBodiesOptions = {},
): Partial<Record<Body, BodyPosition>> {
  const frame = frameAt(jdUt);
  if (options.ayanamsa !== undefined && !AYANAMSAS.includes(options.ayanamsa)) {
    throw new AstroError('invalid_input', `Unknown ayanamsa ${String(options.ayanamsa)}`);
  }
  const offset = options.ayanamsa ? ayanamsaDegrees(jdUt, options.ayanamsa) : 0;
  const state = instantState(frame);
  const out: Partial<Record<Body, BodyPosition>> = {};
  for (const body of options.bodies ?? BODIES) out[body] = position(state, body, offset);
  return out;
}
