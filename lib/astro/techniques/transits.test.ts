import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import type { Body } from '../types';
import type { MotionAt } from './longitude-crossings';
import { findTransitsWith } from './transits';

const w = (2 * Math.PI) / 400;
/** Mean motion 0.1°/day with a 10° epicycle: stations near t = 145 and 255, loop over 117.9–122.1. */
const looping: MotionAt = (t) => ({
  lon: (((100 + 0.1 * t + 10 * Math.sin(w * t)) % 360) + 360) % 360,
  speed: 0.1 + 10 * w * Math.cos(w * t),
});
const steady: MotionAt = (t) => ({ lon: (((10 + 13 * t) % 360) + 360) % 360, speed: 13 });
const motionFor = (body: Body): MotionAt => (body === 'saturn' ? looping : steady);

describe('findTransitsWith', () => {
  it('gives the three exact hits of a retrograde loop, within one orb episode', () => {
    const hits = findTransitsWith({
      natal: [{ id: 'sun', lon: 120 }],
      from: 0,
      to: 400,
      transiting: ['saturn'],
      aspects: [{ kind: 'conjunction', orb: 3 }],
      motionFor,
    });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.retrograde)).toEqual([false, true, false]);
    for (const h of hits)
      expect(Math.abs(signedDiffDeg(120, looping(h.exact).lon))).toBeLessThan(1e-6);
    // The loop stays within 2.1° of 120 while inside it, so one episode spans all three hits.
    const [first, , last] = hits;
    expect(new Set(hits.map((h) => h.enter)).size).toBe(1);
    expect(first!.enter).not.toBeNull();
    expect(Math.abs(signedDiffDeg(117, looping(first!.enter!).lon))).toBeLessThan(1e-3);
    expect(Math.abs(signedDiffDeg(123, looping(last!.leave!).lon))).toBeLessThan(1e-3);
  });

  it('finds both sides of a square and sorts every hit by time', () => {
    const hits = findTransitsWith({
      natal: [{ id: 'moon', lon: 355 }],
      from: 0,
      to: 60,
      transiting: ['moon'],
      aspects: [{ kind: 'square', orb: 2 }],
      motionFor,
    });
    // 13°/day over 60 days is 780°: each of the two square points is passed twice.
    expect(hits).toHaveLength(4);
    expect(hits.map((h) => h.angle).sort()).toEqual([-90, -90, 90, 90]);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]!.exact).toBeGreaterThan(hits[i - 1]!.exact);
    for (const h of hits) {
      expect(Math.abs(signedDiffDeg(355 + h.angle, steady(h.exact).lon))).toBeLessThan(1e-6);
      expect(h.leave! - h.enter!).toBeCloseTo(4 / 13, 6);
    }
  });

  it('reports an open orb episode at the range ends as null', () => {
    const hits = findTransitsWith({
      natal: [{ id: 'venus', lon: 10.5 }],
      from: 0,
      to: 1,
      transiting: ['moon'],
      aspects: [{ kind: 'conjunction', orb: 1 }],
      motionFor,
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.enter).toBeNull();
    expect(hits[0]!.leave).not.toBeNull();
  });
});
