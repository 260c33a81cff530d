import * as Astronomy from 'astronomy-engine';
import { AstroError } from '../errors';
import { frameAt } from '../frame';
import { normalizeDeg } from '../angles';
import { AYANAMSAS, BODIES, type Ayanamsa, type Body, type BodyPosition } from '../types';

export interface ComputeBodiesOptions<B extends Body = Body> {
  /** Only these bodies (default: all of BODIES). */
  bodies?: readonly B[];
  /** Sidereal zodiac with this ayanamsa (default: tropical). */
  ayanamsa?: Ayanamsa;
}

const ENGINE_BODY: Partial<Record<Body, Astronomy.Body>> = {
  sun: Astronomy.Body.Sun,
  moon: Astronomy.Body.Moon,
  mercury: Astronomy.Body.Mercury,
  venus: Astronomy.Body.Venus,
  mars: Astronomy.Body.Mars,
  jupiter: Astronomy.Body.Jupiter,
  saturn: Astronomy.Body.Saturn,
  uranus: Astronomy.Body.Uranus,
  neptune: Astronomy.Body.Neptune,
  pluto: Astronomy.Body.Pluto,
};

function lonLat(body: Body, jdUt: number): [number, number] {
  const t = Astronomy.MakeTime(new Date((jdUt - 2440587.5) * 86_400_000));
  const engineBody = ENGINE_BODY[body];
  if (engineBody) {
    const ecl = Astronomy.Ecliptic(Astronomy.GeoVector(engineBody, t, true));
    return [ecl.elon, ecl.elat];
  }
  const tc = (frameAt(jdUt).jdTt - 2451545) / 36525;
  if (body === 'mean_node' || body === 'true_node') {
    return [125.0445479 - 1934.1362891 * tc + 0.0020754 * tc * tc, 0];
  }
  if (body === 'mean_lilith') return [83.3532465 + 4069.0137287 * tc + 180, 0];
  // Chiron: provisional two-body orbit (J2000 elements) until the integrated table lands.
  const d = jdUt - 2451545;
  const m = (27.7 + 0.01953 * d) * (Math.PI / 180);
  const e = 0.3832;
  let ea = m;
  for (let i = 0; i < 8; i++) ea = m + e * Math.sin(ea);
  const nu =
    2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(ea / 2), Math.sqrt(1 - e) * Math.cos(ea / 2));
  const r = 13.66 * (1 - e * Math.cos(ea));
  const l = (209.4 + 339.3) * (Math.PI / 180) + nu;
  const earth = Astronomy.HelioVector(
    Astronomy.Body.Earth,
    Astronomy.MakeTime(new Date((jdUt - 2440587.5) * 86_400_000)),
  );
  const eclE = Astronomy.Ecliptic(earth);
  const ex = eclE.vec.x;
  const ey = eclE.vec.y;
  return [
    normalizeDeg((Math.atan2(r * Math.sin(l) - ey, r * Math.cos(l) - ex) * 180) / Math.PI),
    0,
  ];
}

function position(body: Body, jdUt: number, offset: number): BodyPosition {
  const h = 0.01;
  const [lon, lat] = lonLat(body, jdUt);
  const [lon1] = lonLat(body, jdUt + h);
  const [lon0] = lonLat(body, jdUt - h);
  const speed = (((lon1 - lon0 + 540) % 360) - 180) / (2 * h);
  return { lon: normalizeDeg(lon - offset), lat, speed, retrograde: speed < 0 };
}

/**
 * Geocentric apparent positions (ecliptic of date, degrees and degrees/day) of the chart bodies at
 * a UT Julian day. PROVISIONAL: backed by astronomy-engine while the exact engine is built; the
 * signature is final.
 *
 * @example
 * computeBodies(2451545).sun.lon; // ≈ 280.37
 * computeBodies(2451545, { bodies: ['moon'] }).moon?.lon;
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
  frameAt(jdUt);
  const offset = options.ayanamsa ? ayanamsaDegrees(jdUt, options.ayanamsa) : 0;
  const out: Partial<Record<Body, BodyPosition>> = {};
  for (const body of options.bodies ?? BODIES) out[body] = position(body, jdUt, offset);
  return out;
}

/**
 * Ayanamsa in degrees (sidereal = tropical − ayanamsa). PROVISIONAL linear model.
 *
 * @example
 * ayanamsaDegrees(2451545, 'lahiri'); // ≈ 23.857
 */
export function ayanamsaDegrees(jdUt: number, ayanamsa: Ayanamsa): number {
  if (!AYANAMSAS.includes(ayanamsa))
    throw new AstroError('invalid_input', `Unknown ayanamsa ${ayanamsa}`);
  const years = (jdUt - 2451545) / 365.25;
  const base = ayanamsa === 'lahiri' ? 23.857092 : 24.7403;
  return base + (years * 50.29) / 3600;
}
