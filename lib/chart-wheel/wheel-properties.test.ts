import { describe, expect, it } from 'vitest';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { renderBiWheel } from './render-bi-wheel';
import { renderChartWheel } from './render-chart-wheel';
import { toSvgString } from './svg-string';
import { BI_WHEEL_RADII, NATAL_RADII, NATAL_RADII_NO_HOUSES } from './wheel-radii';
import {
  findAll,
  hasClass,
  labelBoxes,
  overlaps,
  radialRange,
  segmentHitsBox,
} from './wheel-test-helpers';

/** A fixed pseudo-random sequence, so that a failure names a chart that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const rnd = random(7);
const births = Array.from({ length: 60 }, () => ({
  utc: new Date(Date.UTC(1900, 0, 1) + rnd() * 200 * 365.25 * 86400e3),
  latitude: (rnd() * 2 - 1) * 89,
  longitude: (rnd() * 2 - 1) * 180,
  timeUnknown: rnd() < 0.15,
}));

describe.each(births)('random chart %#', (birth) => {
  const chart = computeChart(birth);
  const name = `${birth.utc.toISOString()} ${birth.latitude.toFixed(2)} ${birth.longitude.toFixed(2)}`;

  it('has its labels apart, inside the body ring, and finite', () => {
    const tree = renderChartWheel(chart);
    expect(toSvgString(tree), name).not.toMatch(/NaN|Infinity|undefined/);
    const boxes = labelBoxes(tree, 'cw-bodies');
    expect(
      overlaps(boxes).map(([a, b]) => `${a.id}×${b.id}`),
      name,
    ).toEqual([]);
    const radii = chart.timeUnknown ? NATAL_RADII_NO_HOUSES : NATAL_RADII;
    for (const box of boxes) {
      const [near, far] = radialRange(box);
      expect(near, name).toBeGreaterThan(radii.houseOuter);
      expect(far, name).toBeLessThan(radii.zodiacInner);
    }
    // Below the polar circles no quadrant is too narrow for its labels: no axis strikes one.
    if (Math.abs(birth.latitude) < 66) {
      for (const axis of findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-axis'))) {
        const { x1 = 0, y1 = 0, x2 = 0, y2 = 0 } = axis.attrs;
        expect(boxes.filter((b) => segmentHitsBox([x1, y1, x2, y2], b)).length, name).toBe(0);
      }
    }
  });

  it('has both rings of a bi-wheel apart and in place', () => {
    const other = computeChart({ ...birth, utc: new Date(birth.utc.getTime() + 9.3e11) });
    const tree = renderBiWheel(chart, other.bodies);
    for (const [layer, inner, outer] of [
      ['cw-bodies', BI_WHEEL_RADII.houseOuter, BI_WHEEL_RADII.zodiacInner],
      ['cw-outer', BI_WHEEL_RADII.zodiacOuter, BI_WHEEL_RADII.outerRing ?? 0],
    ] as const) {
      const boxes = labelBoxes(tree, layer);
      expect(
        overlaps(boxes).map(([a, b]) => `${a.id}×${b.id}`),
        name,
      ).toEqual([]);
      for (const box of boxes) {
        const [near, far] = radialRange(box);
        expect(near, name).toBeGreaterThan(inner);
        expect(far, name).toBeLessThan(outer);
      }
    }
  });
});
