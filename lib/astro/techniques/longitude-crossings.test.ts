import { describe, expect, it } from 'vitest';
import { AstroError } from '../errors';
import { crossingsOf, sampleMotion, type MotionAt } from './longitude-crossings';

/** A slow body with a retrograde loop every 400 days: mean motion 0.1°/day, epicycle of 10°. */
function loopingBody(): { motionAt: MotionAt; calls: () => number } {
  let calls = 0;
  const w = (2 * Math.PI) / 400;
  const motionAt: MotionAt = (t) => {
    calls++;
    const raw = 100 + 0.1 * t + 10 * Math.sin(w * t);
    return { lon: ((raw % 360) + 360) % 360, speed: 0.1 + 10 * w * Math.cos(w * t) };
  };
  return { motionAt, calls: () => calls };
}

/** Independent oracle: dense scan of the sign of the arc to the target. */
function bruteForceCrossings(motionAt: MotionAt, target: number, start: number, end: number) {
  const arc = (lon: number) => ((((lon - target) % 360) + 540) % 360) - 180;
  const hits: number[] = [];
  let prev = arc(motionAt(start).lon);
  for (let t = start + 0.001; t <= end; t += 0.001) {
    const cur = arc(motionAt(t).lon);
    if (Math.abs(cur - prev) < 180 && Math.sign(cur) !== Math.sign(prev) && prev !== 0) {
      hits.push(t);
    }
    prev = cur;
  }
  return hits;
}

describe('crossingsOf', () => {
  it('finds all three passes of a retrograde loop even with a coarse step', () => {
    const { motionAt } = loopingBody();
    // Stations at t ≈ 145 (lon 122.1) and t ≈ 255 (lon 117.9): 120 is passed three times.
    const target = 120;
    const samples = sampleMotion(motionAt, 0, 600, 20);
    const hits = crossingsOf(samples, target, motionAt, 1e-7);
    const oracle = bruteForceCrossings(motionAt, target, 0, 600);
    expect(oracle).toHaveLength(3);
    expect(hits.map((h) => h.direction)).toEqual([1, -1, 1]);
    hits.forEach((h, i) => expect(Math.abs(h.jd - oracle[i]!)).toBeLessThan(0.002));
  });

  it('handles the 0/360 seam in both directions', () => {
    const forward: MotionAt = (t) => ({ lon: (((355 + 2 * t) % 360) + 360) % 360, speed: 2 });
    const back: MotionAt = (t) => ({ lon: (((5 - 2 * t) % 360) + 360) % 360, speed: -2 });
    const f = crossingsOf(sampleMotion(forward, 0, 10, 3), 0, forward, 1e-9);
    const b = crossingsOf(sampleMotion(back, 0, 10, 3), 0, back, 1e-9);
    expect(f).toHaveLength(1);
    expect(f[0]!.jd).toBeCloseTo(2.5, 8);
    expect(b).toHaveLength(1);
    expect(b[0]!.jd).toBeCloseTo(2.5, 8);
    expect(b[0]!.direction).toBe(-1);
  });

  it('does not mistake the opposite point (the ±180° seam of the arc) for a crossing', () => {
    const m: MotionAt = (t) => ({ lon: 170 + t, speed: 1 });
    expect(crossingsOf(sampleMotion(m, 0, 20, 4), 0, m, 1e-9)).toHaveLength(0);
  });

  it('counts a touch at a station once', () => {
    // lon = 10 + (t − 5)², stationary at t = 5 exactly on the target.
    const m: MotionAt = (t) => ({ lon: 10 + (t - 5) ** 2, speed: 2 * (t - 5) });
    const hits = crossingsOf(sampleMotion(m, 0, 10, 3), 10, m, 1e-9);
    expect(hits.length).toBeLessThanOrEqual(1);
  });

  it('polishes a root from the Hermite guess in a few evaluations', () => {
    const { motionAt, calls } = loopingBody();
    const samples = sampleMotion(motionAt, 0, 600, 20);
    const before = calls();
    const hits = crossingsOf(samples, 120, motionAt, 1e-6);
    expect((calls() - before) / hits.length).toBeLessThanOrEqual(4);
  });

  it('refuses an empty or reversed range', () => {
    const { motionAt } = loopingBody();
    expect(() => sampleMotion(motionAt, 10, 10, 1)).toThrow(AstroError);
    expect(() => sampleMotion(motionAt, 10, 0, 1)).toThrow(AstroError);
    expect(() => sampleMotion(motionAt, 0, Number.NaN, 1)).toThrow(AstroError);
  });

  it('interpolates without the motion function when asked for a cheap answer', () => {
    const { motionAt } = loopingBody();
    const samples = sampleMotion(motionAt, 0, 600, 10);
    const cheap = crossingsOf(samples, 120, null, 1e-6);
    const exact = crossingsOf(samples, 120, motionAt, 1e-9);
    expect(cheap).toHaveLength(3);
    cheap.forEach((c, i) => expect(Math.abs(c.jd - exact[i]!.jd)).toBeLessThan(0.05));
  });
});
