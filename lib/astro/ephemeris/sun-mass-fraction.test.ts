import { describe, expect, it } from 'vitest';
import { sunMassWithin } from './sun-mass-fraction';

describe('sunMassWithin', () => {
  it('is 0 at the centre and 1 at and beyond the surface', () => {
    expect(sunMassWithin(0)).toBe(0);
    expect(sunMassWithin(-1)).toBe(0);
    expect(sunMassWithin(1)).toBe(1);
    expect(sunMassWithin(3)).toBe(1);
  });

  it('grows monotonically and continuously with the radius', () => {
    let prev = 0;
    for (let r = 0.0005; r < 1.001; r += 0.0005) {
      const m = sunMassWithin(r);
      expect(m).toBeGreaterThanOrEqual(prev);
      expect(m - prev).toBeLessThan(0.005);
      prev = m;
    }
  });

  it('is centrally condensed: over 90% of the mass within half the radius', () => {
    expect(sunMassWithin(0.5)).toBeGreaterThan(0.9);
    expect(sunMassWithin(0.5)).toBeLessThan(0.97);
  });
});
