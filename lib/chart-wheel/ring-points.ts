import { DEG } from '@/lib/astro/angles';
import { worstColumnLength, type ColumnRing } from './column';
import type { ColumnStyle, RingBody } from './column-styles';
import type { Axis } from './labels';
import type { RingPoint } from './ring-layout';
import type { LabelSizes } from './wheel-radii';

/** Axis marks barely move: bodies make room around them. */
const AXIS_WEIGHT = 40;
/** Just off the line: enough to sort beside it, too little to matter for the fit. */
const BESIDE_LINE = 1e-3;

/**
 * A body's label column, ready to be spread around its ring.
 *
 * @example
 * bodyPoint({ body: 'sun', lon: 54.4, retrograde: false }, 234.2, sizes, FULL_COLUMNS);
 */
export function bodyPoint(
  body: RingBody,
  angle: number,
  sizes: LabelSizes,
  style: ColumnStyle,
): RingPoint {
  return { id: body.body, angle, weight: 1, items: style.body(body, sizes) };
}

/** Counter-clockwise (+1) or clockwise (−1) of a line. */
export type Side = 1 | -1;

/**
 * The side of its line an axis label prefers: towards the top for AC and DC, towards the right
 * for MC and IC (the derivative of sin, or of cos, says which way round the circle that is).
 *
 * @example
 * preferredSide('asc', 180); // -1: clockwise from 9 o'clock is up
 */
export function preferredSide(axis: Axis, angle: number): Side {
  const towards = axis === 'asc' || axis === 'dsc' ? Math.cos(angle * DEG) : -Math.sin(angle * DEG);
  return towards >= 0 ? 1 : -1;
}

/**
 * An axis's label column, meant to sit beside its axis line (a `lineObstacle` at the same angle
 * keeps it off the line): aimed just off the line on `side`, so that it sorts next to its line
 * and bodies make room around the pair.
 *
 * @example
 * axisPoint('asc', 'AC', 160.24, 180, preferredSide('asc', 180), sizes, FULL_COLUMNS);
 * // { id: 'asc', angle: 179.999, … }
 */
export function axisPoint(
  axis: Axis,
  mark: string,
  lon: number,
  angle: number,
  side: Side,
  sizes: LabelSizes,
  style: ColumnStyle,
): RingPoint {
  const items = style.axis(axis, mark, lon, sizes);
  return { id: axis, angle: angle + side * BESIDE_LINE, weight: AXIS_WEIGHT, items };
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
  return scaleSizes(sizes, scale);
}

/**
 * Every size times `scale`, rounded down to 0.01.
 *
 * @example
 * scaleSizes(LABEL_SIZES, 0.5).glyph; // 9
 */
export function scaleSizes(sizes: LabelSizes, scale: number): LabelSizes {
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
