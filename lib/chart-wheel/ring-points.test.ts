import { describe, expect, it } from 'vitest';
import { extentAlong, placeColumn, type ColumnRing } from './column';
import { COMPACT_COLUMNS, FULL_COLUMNS } from './column-styles';
import { fitSizes } from './ring-points';
import { LABEL_SIZES } from './wheel-radii';

describe('fitSizes', () => {
  const ring: ColumnRing = { anchor: 170, direction: -1, lead: 10, gap: 1.8 };

  it.each([60, 80, 100, 140])(
    'makes the longest column fit a ring %i deep in every direction',
    (depth) => {
      const sizes = fitSizes(LABEL_SIZES, ring, depth, FULL_COLUMNS);
      const worst = FULL_COLUMNS.body({ body: 'jupiter', lon: 28.99, retrograde: true }, sizes);
      for (let angle = 0; angle < 360; angle += 1) {
        const last = placeColumn(worst, angle, ring).at(-1);
        const inner = (last?.r ?? 0) - extentAlong(last ?? { w: 0, h: 0 }, angle) / 2;
        expect(inner).toBeGreaterThanOrEqual(ring.anchor - depth - 1e-9);
      }
    },
  );

  it('keeps the design sizes when they fit', () => {
    expect(fitSizes(LABEL_SIZES, ring, 400, FULL_COLUMNS)).toEqual(LABEL_SIZES);
  });

  it('shrinks every size by the same factor', () => {
    const sizes = fitSizes(LABEL_SIZES, ring, 60, COMPACT_COLUMNS);
    const ratio = sizes.glyph / LABEL_SIZES.glyph;
    expect(ratio).toBeLessThan(1);
    expect(sizes.minute / LABEL_SIZES.minute).toBeCloseTo(ratio, 2);
  });
});

describe('placeColumn', () => {
  it('stacks items without overlap along the radius, shorter at the top than at the side', () => {
    const ring: ColumnRing = { anchor: 170, direction: -1, lead: 10, gap: 1.8 };
    const items = FULL_COLUMNS.body({ body: 'sun', lon: 54.4, retrograde: false }, LABEL_SIZES);
    const length = (angle: number) => {
      const placed = placeColumn(items, angle, ring);
      const last = placed.at(-1);
      return ring.anchor - (last?.r ?? 0) + extentAlong(last ?? { w: 0, h: 0 }, angle) / 2;
    };
    expect(length(90)).toBeLessThan(length(0));
    const placed = placeColumn(items, 30, ring);
    placed.slice(1).forEach((item, i) => {
      const prev = placed[i];
      if (!prev) return;
      const space = prev.r - item.r - (extentAlong(prev, 30) + extentAlong(item, 30)) / 2;
      expect(space).toBeCloseTo(ring.gap, 9);
    });
  });
});
