import { normalizeDeg } from '@/lib/astro/angles';
import { SIGNS, type Sign } from '@/lib/astro/types';

/** A longitude as sign, whole degrees within the sign and whole minutes. */
export interface DegreeMinute {
  sign: Sign;
  degrees: number;
  minutes: number;
}

const MINUTES_PER_CIRCLE = 360 * 60;

/**
 * Splits a longitude into sign, degrees and minutes, truncating (not rounding) to the minute as
 * ephemerides and astro.com do, so that 29°59.9′ Aries never shows as 30°00′ or 0° Taurus.
 *
 * @example
 * degreeMinute(54.4162); // { sign: 'taurus', degrees: 24, minutes: 24 }
 */
export function degreeMinute(lon: number): DegreeMinute {
  // The epsilon keeps values computed as 24.4 - 1e-13 from dropping to the previous minute.
  const total = Math.floor(normalizeDeg(lon) * 60 + 1e-7) % MINUTES_PER_CIRCLE;
  const signIndex = Math.floor(total / 1800);
  const within = total - signIndex * 1800;
  return {
    sign: SIGNS[signIndex] ?? 'aries',
    degrees: Math.floor(within / 60),
    minutes: within % 60,
  };
}

/**
 * Degrees and minutes of an angle (an orb, or a position within its sign), truncated to the
 * minute, with two-digit minutes.
 *
 * @example
 * formatDegreesMinutes(2.0917); // "2°05′"
 */
export function formatDegreesMinutes(angle: number): string {
  const total = Math.floor(Math.abs(angle) * 60 + 1e-7);
  return `${Math.floor(total / 60)}°${String(total % 60).padStart(2, '0')}′`;
}

/**
 * Position within its sign of a longitude, as degrees°minutes′.
 *
 * @example
 * formatInSign(54.4162); // "24°24′"
 */
export function formatInSign(lon: number): string {
  const p = degreeMinute(lon);
  return `${p.degrees}°${String(p.minutes).padStart(2, '0')}′`;
}
