import { describe, expect, it } from 'vitest';
import { MAX_JD, MIN_JD } from '../frame/supported-range';
import { BODIES } from '../types';
import { ayanamsaDegrees, computeBodies } from '.';

const signed = (d: number) => (((d % 360) + 540) % 360) - 180;

describe('computeBodies', () => {
  it('returns every body in [0, 360) with finite latitude and speed, at both range ends', () => {
    for (const jd of [MIN_JD, 2451545, MAX_JD - 0.01]) {
      const all = computeBodies(jd);
      for (const b of BODIES) {
        expect(all[b].lon).toBeGreaterThanOrEqual(0);
        expect(all[b].lon).toBeLessThan(360);
        expect(Number.isFinite(all[b].lat) && Number.isFinite(all[b].speed)).toBe(true);
      }
    }
  });

  it('returns only the requested bodies', () => {
    const some = computeBodies(2451545, { bodies: ['moon', 'mars'] });
    expect(Object.keys(some).sort()).toEqual(['mars', 'moon']);
  });

  it('speeds are the derivative of longitude (checked by finite differences)', () => {
    const jd = 2460400.3;
    const a = computeBodies(jd - 0.01);
    const b = computeBodies(jd + 0.01);
    const mid = computeBodies(jd);
    for (const body of BODIES) {
      const numeric = signed(b[body].lon - a[body].lon) / 0.02;
      expect(Math.abs(numeric - mid[body].speed), body).toBeLessThan(2e-3);
    }
  });

  it('finds the Mercury station of 2024-04-01/02 on the right day', () => {
    // Mercury turned retrograde on 2024-04-01 22:14 UT.
    const before = computeBodies(2460402.0, { bodies: ['mercury'] }).mercury;
    const after = computeBodies(2460403.5, { bodies: ['mercury'] }).mercury;
    expect(before.retrograde).toBe(false);
    expect(after.retrograde).toBe(true);
  });

  it('wraps the Sun across 0° Aries at the March equinox', () => {
    // 2024-03-20 03:06 UT.
    expect(computeBodies(2460389.5, { bodies: ['sun'] }).sun.lon).toBeGreaterThan(359);
    expect(computeBodies(2460390.0, { bodies: ['sun'] }).sun.lon).toBeLessThan(1);
  });

  it('gives sidereal longitudes as tropical minus ayanamsa', () => {
    const jd = 2451545;
    const tropical = computeBodies(jd, { bodies: ['sun'] }).sun.lon;
    const sidereal = computeBodies(jd, { bodies: ['sun'], ayanamsa: 'lahiri' }).sun.lon;
    expect(signed(tropical - sidereal - ayanamsaDegrees(jd, 'lahiri'))).toBeCloseTo(0, 9);
    expect(ayanamsaDegrees(jd, 'lahiri')).toBeCloseTo(23.853, 2);
    expect(ayanamsaDegrees(jd, 'fagan_bradley') - ayanamsaDegrees(jd, 'lahiri')).toBeCloseTo(
      0.883,
      2,
    );
  });

  it('rejects NaN with a typed error', () => {
    expect(() => computeBodies(Number.NaN)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
