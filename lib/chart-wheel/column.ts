import { DEG } from '@/lib/astro/angles';
import { polar } from './geometry';
import { measureText } from './text-metrics';

/** One text of a label column (glyph, degrees, sign, minutes, ℞). */
export interface ColumnItem {
  text: string;
  /** Font size, wheel units. */
  size: number;
  className: string;
  w: number;
  h: number;
}

/** A column item at its place: centre (x, y) at radius r on the column's screen angle. */
export interface PlacedItem extends ColumnItem {
  r: number;
  x: number;
  y: number;
}

/** Where the columns of one ring of bodies go. */
export interface ColumnRing {
  /** Radius of the true-position markers; the columns start here. */
  anchor: number;
  /** +1: columns run outwards from the anchor; −1: inwards. */
  direction: 1 | -1;
  /** Free space before the first item, for the marker and the leader line. */
  lead: number;
  /** Space between the items of a column. */
  gap: number;
}

/**
 * A column item with its measured box.
 *
 * @example
 * columnItem('24°', 10, 'cw-deg'); // { text: '24°', size: 10, className: 'cw-deg', w: 17.8, h: 7.6 }
 */
export function columnItem(text: string, size: number, className: string): ColumnItem {
  return { text, size, className, ...measureText(text, size) };
}

/**
 * Extent of an upright box along the direction at screen angle `angle`.
 *
 * @example
 * extentAlong({ w: 20, h: 8 }, 90); // 8: a box is as tall as its height at the top
 */
export function extentAlong(item: Pick<ColumnItem, 'w' | 'h'>, angle: number): number {
  return Math.abs(Math.cos(angle * DEG)) * item.w + Math.abs(Math.sin(angle * DEG)) * item.h;
}

/**
 * Longest a column can get in any direction: the length along a direction u of boxes stacked
 * along u is Σ(|cos|·w + |sin|·h) ≤ √((Σw)² + (Σh)²).
 *
 * @example
 * worstColumnLength(FULL_COLUMNS.body(mercury, LABEL_SIZES), ring); // ≈ 92 (8° ♉ 00′ ℞)
 */
export function worstColumnLength(items: readonly ColumnItem[], ring: ColumnRing): number {
  const w = items.reduce((s, i) => s + i.w, 0);
  const h = items.reduce((s, i) => s + i.h, 0);
  return ring.lead + Math.hypot(w, h) + ring.gap * Math.max(0, items.length - 1);
}

/**
 * Stacks a column's items along the radius at a screen angle, each as close to the previous as
 * its box allows in that direction (so columns are shorter at the top than at the sides).
 *
 * @example
 * placeColumn([columnItem('☉', 16, 'cw-glyph')], 90, { anchor: 160, direction: -1, lead: 6, gap: 2 });
 * // [{ …, r: 147.1, x: 0, y: -147.1 }]
 */
export function placeColumn(
  items: readonly ColumnItem[],
  angle: number,
  ring: ColumnRing,
): PlacedItem[] {
  let edge = ring.anchor + ring.direction * ring.lead;
  return items.map((item) => {
    const half = extentAlong(item, angle) / 2;
    const r = edge + ring.direction * half;
    edge = r + ring.direction * (half + ring.gap);
    return { ...item, r, ...polar(r, angle) };
  });
}
