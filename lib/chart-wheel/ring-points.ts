import { DEG, RAD } from '@/lib/astro/angles';
import { extentAlong, placeColumn, worstColumnLength, type ColumnRing } from './column';
import type { ColumnStyle, RingBody } from './column-styles';
import type { Axis } from './labels';
import type { RingPoint } from './ring-layout';
import type { LabelSizes } from './wheel-radii';

/** Axis marks barely move: bodies make room around them. */
const AXIS_WEIGHT = 40;
/** Space between an axis line and its label. */
const AXIS_CLEARANCE = 2.5;

export function bodyPoint(
  body: RingBody,
  angle: number,
  sizes: LabelSizes,
  style: ColumnStyle,
): RingPoint {
  return { id: body.body, angle, weight: 1, items: style.body(body, sizes) };
}

/**
 * An axis's label column, set beside its axis line rather than on it: turned off the axis by the
 * smallest angle that keeps every item clear of the line, towards the top for AC and DC and
 * towards the right for MC and IC.
 */
export function axisPoint(
  axis: Axis,
  mark: string,
  lon: number,
  angle: number,
  sizes: LabelSizes,
  ring: ColumnRing,
  style: ColumnStyle,
): RingPoint {
  const items = style.axis(axis, mark, lon, sizes);
  const offset = Math.max(
    ...placeColumn(items, angle, ring).map((item) => {
      const half = extentAlong(item, angle + 90) / 2 + AXIS_CLEARANCE;
      return Math.asin(Math.min(1, half / item.r)) * RAD;
    }),
  );
  const towards = (a: number) =>
    axis === 'asc' || axis === 'dsc' ? Math.sin(a * DEG) : Math.cos(a * DEG);
  const side = towards(angle + offset) >= towards(angle - offset) ? 1 : -1;
  return { id: axis, angle: angle + side * offset, weight: AXIS_WEIGHT, items };
}

/**
 * Label sizes shrunk, if need be, so that the longest possible column of a style (a retrograde
 * body whose degrees have two digits, in its worst direction) fits in `depth`.
 *
 * @example
 * fitSizes(LABEL_SIZES, ring, 90, FULL_COLUMNS).glyph; // 18, or less on a shallow ring
 */
export function fitSizes(
  sizes: LabelSizes,
  ring: ColumnRing,
  depth: number,
  style: ColumnStyle,
): LabelSizes {
  const worst = style.body({ body: 'sun', lon: 28.99, retrograde: true }, sizes);
  const fixed = ring.lead + ring.gap * (worst.length - 1);
  const scale = Math.min(1, (depth - fixed) / (worstColumnLength(worst, ring) - fixed));
  const fit = (size: number) => Math.floor(size * scale * 100) / 100;
  return {
    glyph: fit(sizes.glyph),
    degree: fit(sizes.degree),
    sign: fit(sizes.sign),
    minute: fit(sizes.minute),
    retrograde: fit(sizes.retrograde),
    axisMark: fit(sizes.axisMark),
  };
}
