import type { AspectKind } from '@/lib/astro/aspects';
import { el, type SvgChild, type SvgElement } from './svg-tree';

/**
 * Aspect symbols drawn as paths on a 12×12 grid. Few fonts have ⚹ ⚺ ⚻ ⚼ (DejaVu has none of
 * them), so the aspect grid draws its symbols rather than trusting the reader's fonts.
 */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`;
}

const STROKES: Readonly<Record<Exclude<AspectKind, 'quintile' | 'bi_quintile'>, string>> = {
  conjunction: `${circle(4.8, 7.4, 3)}M7 5.2L10.5 1.5`,
  opposition: `${circle(3.4, 8.6, 2.1)}${circle(8.6, 3.4, 2.1)}M4.9 7.1L7.1 4.9`,
  trine: 'M6 1.6L10.8 10.2H1.2Z',
  square: 'M2 2H10V10H2Z',
  sextile: 'M6 1V11M1.7 3.5L10.3 8.5M1.7 8.5L10.3 3.5',
  semi_sextile: 'M2.2 2L6 8.6L9.8 2M1.5 10.4H10.5',
  quincunx: 'M1.5 1.6H10.5M2.2 10L6 3.4L9.8 10',
  semi_square: 'M10.6 10H1.6L8.4 3.2',
  sesquiquadrate: 'M1.6 5.6H7V11H1.6ZM7 5.6L10.8 1.8',
};

const LETTERS: Readonly<Record<'quintile' | 'bi_quintile', string>> = {
  quintile: 'Q',
  bi_quintile: 'bQ',
};

/**
 * The symbol of an aspect as a small `<svg>` in the current text colour, hidden from assistive
 * technology (the cell that shows it names the aspect in words).
 *
 * @example
 * toSvgString(aspectGlyph('trine')); // '<svg viewBox="0 0 12 12" …><path d="M6 1.6L10.8 10.2H1.2Z" …/></svg>'
 */
export function aspectGlyph(kind: AspectKind, className = 'cw-aspect-glyph'): SvgElement {
  const content: SvgChild =
    kind === 'quintile' || kind === 'bi_quintile'
      ? el(
          'text',
          {
            x: 6,
            y: 6,
            fontSize: kind === 'quintile' ? 10 : 8,
            fontWeight: 700,
            textAnchor: 'middle',
            dominantBaseline: 'central',
            fill: 'currentColor',
          },
          LETTERS[kind],
        )
      : el('path', {
          d: STROKES[kind],
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 1.3,
          strokeLinecap: 'round',
          strokeLinejoin: 'round',
        });
  return el(
    'svg',
    { viewBox: '0 0 12 12', width: 12, height: 12, className, 'aria-hidden': 'true' },
    content,
  );
}
