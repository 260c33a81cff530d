import { el, type SvgChild, type SvgElement } from './svg-tree';
import { fixedWheelStylesheet, wheelStylesheet, type WheelPalette, type WheelTheme } from './theme';
import type { WheelRadii } from './wheel-radii';

export interface FrameOptions {
  /** Prefix of the ids of `<title>` and `<desc>`; unique per page (React's `useId`). */
  id: string;
  title: string;
  description: string;
  theme: WheelTheme;
  /** Width and height attributes; without them the wheel fills its container. */
  size?: number;
  /** Colours written into the stylesheet instead of CSS variables (for a PDF); `theme` then has no effect. */
  fixedPalette?: WheelPalette;
}

const NOTE_SIZE = 10;

/**
 * A short note in the top-left corner, outside the wheel's circle (one text per line).
 *
 * @example
 * cornerNote(NATAL_RADII, 'Birth time unknown\n0° Aries on the left');
 */
export function cornerNote(radii: WheelRadii, note: string): SvgElement {
  const x = -radii.frame + 2;
  return el(
    'g',
    { className: 'cw-note' },
    ...note
      .split('\n')
      .map((line, i) =>
        el('text', { x, y: -radii.frame + 10 + i * (NOTE_SIZE + 3), fontSize: NOTE_SIZE }, line),
      ),
  );
}

/**
 * The root `<svg>`: square viewBox centred on the wheel, accessible name and description,
 * theme and stylesheet, then the layers.
 *
 * @example
 * wheelFrame(NATAL_RADII, { id: 'w', title, description, theme: 'auto' }, layers);
 */
export function wheelFrame(
  radii: WheelRadii,
  options: FrameOptions,
  layers: SvgChild[],
): SvgElement {
  const f = radii.frame;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `${-f} ${-f} ${2 * f} ${2 * f}`,
      ...(options.size === undefined ? {} : { width: options.size, height: options.size }),
      className: 'cw',
      'data-theme': options.theme,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    el('title', { id: titleId }, options.title),
    el('desc', { id: descId }, options.description),
    el(
      'style',
      {},
      options.fixedPalette ? fixedWheelStylesheet(options.fixedPalette) : wheelStylesheet(),
    ),
    ...layers,
  );
}
