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
    expect(spreadOnCircle(unit([10, 50, 200]), () => 6)).toEqual([10, 50, 200]);
  });

  it('fans a cluster out symmetrically around its centre', () => {
    const out = spreadOnCircle(unit([100, 101, 102]), () => 6);
    expect(out[0]).toBeCloseTo(95, 9);
    expect(out[1]).toBeCloseTo(101, 9);
    expect(out[2]).toBeCloseTo(107, 9);
  });

  it('spreads a cluster across the 0°/360° wrap and keeps the order', () => {
    const targets = [358, 359, 0.5, 1.5, 2];
    const out = spreadOnCircle(unit(targets), () => 7);
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
    );
    expect(Math.abs((out[0] ?? 0) - 180)).toBeLessThan(0.3);
    expect(out[1]).toBeCloseTo((out[0] ?? 0) + 8, 9);
  });

  it('squeezes evenly when the circle cannot hold the labels', () => {
    const out = spreadOnCircle(unit(Array.from({ length: 12 }, (_, i) => i)), () => 40);
    for (const gap of neighbourGaps(out)) expect(gap).toBeCloseTo(30, 6);
  });

  it('returns one label untouched and nothing for none', () => {
    expect(spreadOnCircle(unit([370]), () => 5)).toEqual([10]);
    expect(spreadOnCircle([], () => 5)).toEqual([]);
  });
});
