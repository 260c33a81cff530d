import { DEG, normalizeDeg } from '@/lib/astro/angles';

/** A point in the wheel's coordinate system: origin at the centre, y pointing down (SVG). */
export interface Point {
  x: number;
  y: number;
}

/**
 * Screen angle of an ecliptic longitude, degrees counter-clockwise from the positive x axis (3
 * o'clock), with `leftLon` (the Ascendant, or 0° Aries when the time is unknown) at 180°, on the
 * left, and the zodiac running counter-clockwise as astrologers draw it.
 *
 * @example
 * screenAngle(123, 123); // 180 (the Ascendant on the left)
 * screenAngle(33, 123); // 90 (a point 90° before the Ascendant is at the top)
 */
export function screenAngle(lon: number, leftLon: number): number {
  return normalizeDeg(180 + lon - leftLon);
}

/**
 * Rounds to 0.01, enough for a 400-unit wheel and a much smaller SVG.
 *
 * @example
 * round2(1.23456); // 1.23
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

/**
 * Point at radius `r` and screen angle `angle` (degrees counter-clockwise from 3 o'clock).
 *
 * @example
 * polar(100, 90); // { x: 0, y: -100 } (the top)
 */
export function polar(r: number, angle: number): Point {
  const a = angle * DEG;
  return { x: round2(r * Math.cos(a)), y: round2(-r * Math.sin(a)) };
}

/**
 * SVG path of the ring sector between radii `inner` and `outer` from screen angle `from` to `to`
 * (counter-clockwise, less than 360°).
 *
 * @example
 * annularSector(80, 100, 0, 30); // 'M80 0L100 0A100 100 0 0 0 86.6 -50L69.28 -40A80 80 0 0 1 80 0Z'
 */
export function annularSector(inner: number, outer: number, from: number, to: number): string {
  const sweep = normalizeDeg(to - from);
  const large = sweep > 180 ? 1 : 0;
  const a = polar(inner, from);
  const b = polar(outer, from);
  const c = polar(outer, from + sweep);
  const d = polar(inner, from + sweep);
  return (
    `M${a.x} ${a.y}L${b.x} ${b.y}A${outer} ${outer} 0 ${large} 0 ${c.x} ${c.y}` +
    `L${d.x} ${d.y}A${inner} ${inner} 0 ${large} 1 ${a.x} ${a.y}Z`
  );
}
