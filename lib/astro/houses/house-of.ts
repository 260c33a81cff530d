import { normalizeDeg } from '../angles';
import type { HouseCusps } from './types';

function arcsSum(cusps: HouseCusps, direction: 1 | -1): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const from = cusps[i] ?? 0;
    const to = cusps[(i + 1) % 12] ?? 0;
    sum += normalizeDeg(direction * (to - from));
  }
  return sum;
}

/**
 * House (1–12) holding an ecliptic longitude: the house whose cusp it has passed last, counting
 * in the direction the cusps run (counter-clockwise normally, clockwise for Regiomontanus and
 * Campanus charts turned inside a polar circle). A longitude exactly on a cusp belongs to the
 * house that cusp opens.
 *
 * @example
 * houseOf(95, [90, 120, 150, 180, 210, 240, 270, 300, 330, 0, 30, 60]); // 1
 */
export function houseOf(lon: number, cusps: HouseCusps): number {
  const direction: 1 | -1 = Math.abs(arcsSum(cusps, 1) - 360) < 1e-6 ? 1 : -1;
  const target = normalizeDeg(lon);
  let best = 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  // The nearest cusp behind the longitude (in the running direction) opens its house; this also
  // gives an answer when polar charts make the cusps non-monotonic.
  for (let i = 0; i < 12; i++) {
    const distance = normalizeDeg(direction * (target - (cusps[i] ?? 0)));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i + 1;
    }
  }
  return best;
}
