import { normalizeDeg, signedDiffDeg } from '../angles';

/**
 * Midpoint of two longitudes on the shorter arc, as composite charts use. For two exactly opposite
 * points either midpoint is as short; the one 90° after the smaller longitude is taken, so the
 * result does not depend on the order of the arguments.
 *
 * @example
 * midpointDeg(350, 20); // 5
 * midpointDeg(20, 350); // 5
 */
export function midpointDeg(a: number, b: number): number {
  const d = signedDiffDeg(a, b);
  if (d === 180) return normalizeDeg(Math.min(normalizeDeg(a), normalizeDeg(b)) + 90);
  return normalizeDeg(a + d / 2);
}
