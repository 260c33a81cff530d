/**
 * A small typed SVG element tree: the wheel is built as data so that one layout feeds both the
 * React components (mapped 1:1 to elements, React escapes the text) and a standalone SVG string
 * (for PNG/PDF), without any markup assembled by string concatenation.
 */

export type SvgTag =
  'svg' | 'g' | 'circle' | 'line' | 'path' | 'polygon' | 'text' | 'title' | 'desc' | 'style';

/** Attributes under their React names; `SVG_ATTRIBUTE_NAMES` gives the SVG spelling. */
export interface SvgAttributes {
  id?: string;
  className?: string;
  role?: string;
  'aria-labelledby'?: string;
  'aria-hidden'?: 'true';
  'data-theme'?: string;
  'data-id'?: string;
  xmlns?: string;
  viewBox?: string;
  width?: number | string;
  height?: number | string;
  x?: number;
  y?: number;
  cx?: number;
  cy?: number;
  r?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
  d?: string;
  points?: string;
  fontSize?: number;
  textAnchor?: 'start' | 'middle' | 'end';
  dominantBaseline?: 'central' | 'middle' | 'hanging' | 'auto';
  /** Only `none` or `currentColor`: colours come from the theme, never from the geometry. */
  fill?: 'none' | 'currentColor';
  stroke?: 'none' | 'currentColor';
  strokeLinecap?: 'round' | 'butt';
  strokeLinejoin?: 'round' | 'miter';
  fontWeight?: number;
  strokeWidth?: number;
  strokeOpacity?: number;
  fillOpacity?: number;
}

export type SvgAttributeName = keyof SvgAttributes;

/** SVG/XML attribute name of each React attribute name. */
export const SVG_ATTRIBUTE_NAMES: Readonly<Record<SvgAttributeName, string>> = {
  id: 'id',
  className: 'class',
  role: 'role',
  'aria-labelledby': 'aria-labelledby',
  'aria-hidden': 'aria-hidden',
  'data-theme': 'data-theme',
  'data-id': 'data-id',
  xmlns: 'xmlns',
  viewBox: 'viewBox',
  width: 'width',
  height: 'height',
  x: 'x',
  y: 'y',
  cx: 'cx',
  cy: 'cy',
  r: 'r',
  x1: 'x1',
  y1: 'y1',
  x2: 'x2',
  y2: 'y2',
  d: 'd',
  points: 'points',
  fontSize: 'font-size',
  textAnchor: 'text-anchor',
  dominantBaseline: 'dominant-baseline',
  fill: 'fill',
  stroke: 'stroke',
  strokeLinecap: 'stroke-linecap',
  strokeLinejoin: 'stroke-linejoin',
  fontWeight: 'font-weight',
  strokeWidth: 'stroke-width',
  strokeOpacity: 'stroke-opacity',
  fillOpacity: 'fill-opacity',
};

export interface SvgElement {
  tag: SvgTag;
  attrs: SvgAttributes;
  children: SvgChild[];
}

/** A child is an element or plain text (never markup: both renderers escape it). */
export type SvgChild = SvgElement | string;

/**
 * Builds an element.
 *
 * @example
 * el('circle', { cx: 0, cy: 0, r: 10, className: 'cw-ring' });
 * el('text', { x: 0, y: 0 }, 'AC');
 */
export function el(tag: SvgTag, attrs: SvgAttributes = {}, ...children: SvgChild[]): SvgElement {
  return { tag, attrs, children };
}

/**
 * Every text node in a tree, in document order (what a screen reader or a test reads).
 *
 * @example
 * textsOf(el('g', {}, el('text', {}, 'AC'))); // ['AC']
 */
export function textsOf(node: SvgChild): string[] {
  if (typeof node === 'string') return [node];
  return node.children.flatMap(textsOf);
}
