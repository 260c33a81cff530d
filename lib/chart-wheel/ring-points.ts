import { elementOf } from '@/lib/astro/summary';
import type { Body } from '@/lib/astro/types';
import { DEG, RAD } from '@/lib/astro/angles';
import {
  columnItem,
  extentAlong,
  placeColumn,
  worstColumnLength,
  type ColumnItem,
  type ColumnRing,
} from './column';
import { degreeMinute } from './degree-minute';
import { BODY_GLYPHS, RETROGRADE_GLYPH, SIGN_GLYPHS } from './glyphs';
import type { Axis } from './labels';
import type { RingPoint } from './ring-layout';
import type { LabelSizes } from './wheel-radii';

/** A body to label: where it is and whether it is retrograde. */
export interface RingBody {
  body: Body;
  lon: number;
  retrograde: boolean;
}

/** Axis marks barely move: bodies make room around them. */
const AXIS_WEIGHT = 40;
/** Space between an axis line and its label. */
const AXIS_CLEARANCE = 2.5;

/** Glyph or mark, degrees, sign, minutes: the astro.com column, read from the rim inwards. */
function positionItems(head: ColumnItem, lon: number, sizes: LabelSizes): ColumnItem[] {
  const p = degreeMinute(lon);
  return [
    head,
    columnItem(`${p.degrees}°`, sizes.degree, 'cw-text cw-deg'),
    columnItem(SIGN_GLYPHS[p.sign], sizes.sign, `cw-text cw-sign cw-el-${elementOf(p.sign)}`),
    columnItem(`${String(p.minutes).padStart(2, '0')}′`, sizes.minute, 'cw-text cw-min'),
  ];
}

/**
 * The label column of a body: glyph, degrees, sign glyph, minutes, and ℞ when retrograde.
 *
 * @example
 * bodyItems({ body: 'mercury', lon: 38.01, retrograde: true }, LABEL_SIZES).map((i) => i.text);
 * // ['☿︎', '8°', '♉︎', '00′', '℞︎']
 */
export function bodyItems(body: RingBody, sizes: LabelSizes): ColumnItem[] {
  const glyph = columnItem(BODY_GLYPHS[body.body], sizes.glyph, 'cw-text cw-glyph');
  const items = positionItems(glyph, body.lon, sizes);
  if (body.retrograde)
    items.push(columnItem(RETROGRADE_GLYPH, sizes.retrograde, 'cw-text cw-retro'));
  return items;
}

/**
 * The label column of an axis: its mark, with the full position for AC and MC (DC and IC are
 * their opposites, same degree, so the mark alone says enough).
 */
export function axisItems(axis: Axis, mark: string, lon: number, sizes: LabelSizes): ColumnItem[] {
  const head = columnItem(mark, sizes.axisMark, 'cw-text cw-axis-mark');
  return axis === 'asc' || axis === 'mc' ? positionItems(head, lon, sizes) : [head];
}

export function bodyPoint(body: RingBody, angle: number, sizes: LabelSizes): RingPoint {
  return { id: body.body, angle, weight: 1, items: bodyItems(body, sizes) };
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
): RingPoint {
  const items = axisItems(axis, mark, lon, sizes);
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
 * Label sizes shrunk, if need be, so that the longest possible column (a retrograde body whose
 * degrees have two digits, in its worst direction) fits in `depth`.
 *
 * @example
 * fitSizes(LABEL_SIZES, ring, 90).glyph; // 17, or less on a shallow ring
 */
export function fitSizes(sizes: LabelSizes, ring: ColumnRing, depth: number): LabelSizes {
  const worst = bodyItems({ body: 'sun', lon: 28.99, retrograde: true }, sizes);
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
