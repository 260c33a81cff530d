import { describe, expect, it } from 'vitest';
import { MAX_JD, MIN_JD } from '../frame/supported-range';
import { chironHeliocentric } from './chiron';

const xv = new Float64Array(6);
function distance(jd: number): number {
  chironHeliocentric(jd, xv);
  return Math.hypot(xv[0]!, xv[1]!, xv[2]!);
}

describe('chironHeliocentric', () => {
  it('covers the whole supported range', () => {
    expect(distance(MIN_JD - 0.5)).toBeGreaterThan(8);
    expect(distance(MAX_JD + 0.5)).toBeGreaterThan(8);
  });

  it('reaches perihelion (≈ 8.45 au) on 1996-02-14 within a few days', () => {
    let best = 2449900.5;
    for (let jd = best; jd < 2450500.5; jd += 1) if (distance(jd) < distance(best)) best = jd;
    expect(Math.abs(best - 2450127.5)).toBeLessThan(5);
    expect(distance(best)).toBeGreaterThan(8.4);
    expect(distance(best)).toBeLessThan(8.5);
  });

  it('stays on a 50-year orbit between 8.3 and 19 au, with an osculating a of 13.1–13.8 au', () => {
    const gm = 2.959122082855911e-4;
    for (let jd = MIN_JD; jd < MAX_JD; jd += 997) {
      const r = distance(jd);
      expect(r).toBeGreaterThan(8.3);
      expect(r).toBeLessThan(19);
      const v2 = xv[3]! ** 2 + xv[4]! ** 2 + xv[5]! ** 2;
      const a = 1 / (2 / r - v2 / gm);
      // Saturn and Uranus perturb the osculating semi-major axis by a few percent.
      expect(a).toBeGreaterThan(13.1);
      expect(a).toBeLessThan(13.8);
    }
  });

  it('returns a velocity that is the derivative of the position, across interval seams', () => {
    const a = new Float64Array(6);
    const b = new Float64Array(6);
    for (const jd of [2378492.5 + 1024 * 100, 2451545.3, 2500000.1]) {
      chironHeliocentric(jd - 0.5, a);
      chironHeliocentric(jd + 0.5, b);
      chironHeliocentric(jd, xv);
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(b[i]! - a[i]! - xv[3 + i]!)).toBeLessThan(1e-9);
      }
    }
  });
});
