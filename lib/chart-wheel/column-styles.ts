import { elementOf } from '@/lib/astro/summary';
import type { Body } from '@/lib/astro/types';
import { columnItem, type ColumnItem } from './column';
import { degreeMinute } from './degree-minute';
import { BODY_GLYPHS, RETROGRADE_GLYPH, SIGN_GLYPHS } from './glyphs';
import type { Axis } from './labels';
import type { LabelSizes } from './wheel-radii';

/** A body to label: where it is and whether it is retrograde. */
export interface RingBody {
  body: Body;
  lon: number;
  retrograde: boolean;
}

/** What a ring's label columns hold, read from the rim towards the centre. */
export interface ColumnStyle {
  body: (body: RingBody, sizes: LabelSizes) => ColumnItem[];
  /** DC and IC are their opposites, same degree: the mark alone says enough for them. */
  axis: (axis: Axis, mark: string, lon: number, sizes: LabelSizes) => ColumnItem[];
}

const degrees = (lon: number, sizes: LabelSizes) =>
  columnItem(`${degreeMinute(lon).degrees}°`, sizes.degree, 'cw-text cw-deg');

function signAndMinutes(lon: number, sizes: LabelSizes): ColumnItem[] {
  const p = degreeMinute(lon);
  return [
    columnItem(SIGN_GLYPHS[p.sign], sizes.sign, `cw-text cw-sign cw-el-${elementOf(p.sign)}`),
    columnItem(`${String(p.minutes).padStart(2, '0')}′`, sizes.minute, 'cw-text cw-min'),
  ];
}

const glyph = (body: RingBody, sizes: LabelSizes) =>
  columnItem(BODY_GLYPHS[body.body], sizes.glyph, 'cw-text cw-glyph');

const retrograde = (body: RingBody, sizes: LabelSizes) =>
  body.retrograde ? [columnItem(RETROGRADE_GLYPH, sizes.retrograde, 'cw-text cw-retro')] : [];

const mark = (text: string, sizes: LabelSizes) =>
  columnItem(text, sizes.axisMark, 'cw-text cw-axis-mark');

const precise = (axis: Axis) => axis === 'asc' || axis === 'mc';

/**
 * The astro.com column: glyph, degrees, sign, minutes, ℞.
 *
 * @example
 * FULL_COLUMNS.body({ body: 'mercury', lon: 38.01, retrograde: true }, LABEL_SIZES).map((i) => i.text);
 * // ['☿︎', '8°', '♉︎', '00′', '℞︎']
 */
export const FULL_COLUMNS: ColumnStyle = {
  body: (body, sizes) => [
    glyph(body, sizes),
    degrees(body.lon, sizes),
    ...signAndMinutes(body.lon, sizes),
    ...retrograde(body, sizes),
  ],
  axis: (axis, text, lon, sizes) =>
    precise(axis)
      ? [mark(text, sizes), degrees(lon, sizes), ...signAndMinutes(lon, sizes)]
      : [mark(text, sizes)],
};

/**
 * The short column of a bi-wheel, where two rings share the radius: glyph, degrees, ℞ (the
 * minutes are in the tables).
 */
export const COMPACT_COLUMNS: ColumnStyle = {
  body: (body, sizes) => [glyph(body, sizes), degrees(body.lon, sizes), ...retrograde(body, sizes)],
  axis: (axis, text, lon, sizes) =>
    precise(axis) ? [mark(text, sizes), degrees(lon, sizes)] : [mark(text, sizes)],
};
