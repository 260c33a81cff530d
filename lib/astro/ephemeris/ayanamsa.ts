import { AstroError } from '../errors';
import { AYANAMSAS, type Ayanamsa } from '../types';
import { frameAt } from '../frame';

/** Reference epochs (TT Julian day) and ayanamsa values (degrees) as the Swiss Ephemeris defines them. */
const DEFINITIONS: Record<Ayanamsa, { t0: number; value0: number }> = {
  fagan_bradley: { t0: 2433282.42346, value0: 24.042044444 },
  lahiri: { t0: 2435553.5, value0: 23.250182778 - 0.004658035 },
};

/** Vondrák 2011 general precession in longitude p_A, arcseconds (polynomial part). */
function precessionInLongitude(jdTt: number): number {
  const t = (jdTt - 2451545) / 36525;
  return (
    t * (5028.796195 + t * (1.1054348 + t * (0.00007964 + t * (-0.000023857 - t * 0.0000000383))))
  );
}

/**
 * True ayanamsa in degrees (sidereal longitude = apparent tropical longitude − ayanamsa) for
 * Lahiri or Fagan-Bradley: the reference value at its epoch, plus the general precession since,
 * plus the nutation in longitude (the Swiss Ephemeris's sidereal positions carry no nutation).
 *
 * @example
 * ayanamsaDegrees(2451545, 'lahiri'); // ≈ 23.857
 */
export function ayanamsaDegrees(jdUt: number, ayanamsa: Ayanamsa): number {
  if (!AYANAMSAS.includes(ayanamsa))
    throw new AstroError('invalid_input', `Unknown ayanamsa ${String(ayanamsa)}`);
  const def = DEFINITIONS[ayanamsa];
  const frame = frameAt(jdUt);
  const precession = (precessionInLongitude(frame.jdTt) - precessionInLongitude(def.t0)) / 3600;
  return def.value0 + precession + frame.nutationLon;
}
