import { describe, expect, it } from 'vitest';
import { normalizeDeg, signedDiffDeg } from '@/lib/astro/angles';
import { isotonicFit } from './isotonic';
import { spreadOnCircle } from './spread';

const unit = (angles: number[]) => angles.map((angle) => ({ angle, weight: 1 }));

/** Separations between circular neighbours of the result. */
function neighbourGaps(angles: number[]): number[] {
  const sorted = [...angles].sort((a, b) => a - b);
  return sorted.map((a, i) => normalizeDeg((sorted[(i + 1) % sorted.length] ?? a) - a) || 360);
}

describe('isotonicFit', () => {
  it('pools adjacent violators into their weighted mean', () => {
    expect(isotonicFit([1, 3, 2], [1, 1, 1])).toEqual([1, 2.5, 2.5]);
    expect(isotonicFit([3, 1], [3, 1])).toEqual([2.5, 2.5]);
    expect(isotonicFit([1, 2, 3], [1, 1, 1])).toEqual([1, 2, 3]);
  });
});

describe('spreadOnCircle', () => {
  it('leaves labels that already have room where they are', () => {
    expect(spreadOnCircle(unit([10, 50, 200]), () => 6).angles).toEqual([10, 50, 200]);
  });

  it('fans a cluster out symmetrically around its centre', () => {
    const out = spreadOnCircle(unit([100, 101, 102]), () => 6).angles;
    expect(out[0]).toBeCloseTo(95, 9);
    expect(out[1]).toBeCloseTo(101, 9);
    expect(out[2]).toBeCloseTo(107, 9);
  });

  it('spreads a cluster across the 0°/360° wrap and keeps the order', () => {
    const targets = [358, 359, 0.5, 1.5, 2];
    const out = spreadOnCircle(unit(targets), () => 7).angles;
    for (const gap of neighbourGaps(out)) expect(gap).toBeGreaterThanOrEqual(7 - 1e-9);
    const offsets = out.map((a, i) => signedDiffDeg(targets[i] ?? 0, a));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('moves light labels rather than heavy ones', () => {
    const out = spreadOnCircle(
      [
        { angle: 180, weight: 40 },
        { angle: 181, weight: 1 },
      ],
      () => 8,
    ).angles;
    expect(Math.abs((out[0] ?? 0) - 180)).toBeLessThan(0.3);
    expect(out[1]).toBeCloseTo((out[0] ?? 0) + 8, 9);
  });

  it('squeezes evenly when the circle cannot hold the labels', () => {
    const spread = spreadOnCircle(unit(Array.from({ length: 12 }, (_, i) => i)), () => 40);
    expect(spread.overfull).toBe(true);
    const out = spread.angles;
    for (const gap of neighbourGaps(out)) expect(gap).toBeCloseTo(30, 6);
  });

  it('returns one label untouched and nothing for none', () => {
    expect(spreadOnCircle(unit([370]), () => 5).angles).toEqual([10]);
    expect(spreadOnCircle([], () => 5).angles).toEqual([]);
  });

  describe('with fixed lines', () => {
    const line = (angle: number) => ({ angle, weight: 1, fixed: true });

    it('never moves a line, and keeps each label on its side', () => {
      const targets = [line(180), ...unit([176, 177, 178, 179, 181, 182])];
      const { angles, overfull } = spreadOnCircle(targets, () => 5);
      expect(overfull).toBe(false);
      expect(angles[0]).toBe(180);
      for (const a of angles.slice(1, 5)) expect(a).toBeLessThanOrEqual(175 + 1e-9);
      for (const a of angles.slice(5)) expect(a).toBeGreaterThanOrEqual(185 - 1e-9);
      for (const gap of neighbourGaps(angles)) expect(gap).toBeGreaterThanOrEqual(5 - 1e-9);
    });

    it('leaves labels that have room untouched', () => {
      const { angles } = spreadOnCircle([line(0), line(90), ...unit([30, 60])], () => 5);
      expect(angles).toEqual([0, 90, 30, 60]);
    });

    it('squeezes an arc too narrow for its labels, inside its lines', () => {
      const targets = [line(100), line(110), ...unit([103, 104, 105, 106])];
      const { angles, overfull } = spreadOnCircle(targets, () => 4);
      expect(overfull).toBe(true);
      for (const a of angles.slice(2)) {
        expect(a).toBeGreaterThanOrEqual(100);
        expect(a).toBeLessThanOrEqual(110);
      }
    });

    it('handles the arc that crosses screen angle 0', () => {
      const targets = [line(350), line(20), ...unit([358, 359, 0, 1])];
      const { angles, overfull } = spreadOnCircle(targets, () => 6);
      expect(overfull).toBe(false);
      const rel = angles.slice(2).map((a) => normalizeDeg(a - 350));
      for (const r of rel) expect(r).toBeGreaterThanOrEqual(6 - 1e-9);
      for (const r of rel) expect(r).toBeLessThanOrEqual(30 - 6 + 1e-9);
    });
  });
});
