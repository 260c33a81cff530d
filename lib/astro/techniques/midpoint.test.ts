import { describe, expect, it } from 'vitest';
import { separationDeg } from '../angles';
import { midpointDeg } from './midpoint';

describe('midpointDeg', () => {
  it('takes the shorter arc across 0°', () => {
    expect(midpointDeg(350, 20)).toBeCloseTo(5, 12);
    expect(midpointDeg(10, 40)).toBeCloseTo(25, 12);
  });

  it('is symmetric and equidistant from both points, including exact oppositions', () => {
    for (const [a, b] of [
      [0, 180],
      [300, 120],
      [359.5, 0.5],
      [12.3, 245.9],
    ] as const) {
      const m = midpointDeg(a, b);
      expect(midpointDeg(b, a)).toBeCloseTo(m, 12);
      expect(separationDeg(m, a)).toBeCloseTo(separationDeg(m, b), 10);
      expect(separationDeg(m, a)).toBeLessThanOrEqual(90);
    }
  });
});
