import type { AspectKind } from '@/lib/astro/aspects';

/** Colour family of an aspect line; each maps to a theme variable (`--cw-blue`, …). */
export type AspectTone = 'blue' | 'green' | 'red' | 'grey';

export interface AspectStyle {
  /** Null: not drawn as a line (conjoined points already sit side by side). */
  tone: AspectTone | null;
  dashed: boolean;
}

/**
 * How each aspect is drawn: harmonious trine blue and sextile green, tense square and opposition
 * red, conjunction not at all, the minor aspects grey and dashed.
 */
export const ASPECT_STYLES: Readonly<Record<AspectKind, AspectStyle>> = {
  conjunction: { tone: null, dashed: false },
  trine: { tone: 'blue', dashed: false },
  sextile: { tone: 'green', dashed: false },
  square: { tone: 'red', dashed: false },
  opposition: { tone: 'red', dashed: false },
  quincunx: { tone: 'grey', dashed: true },
  semi_sextile: { tone: 'grey', dashed: true },
  semi_square: { tone: 'grey', dashed: true },
  sesquiquadrate: { tone: 'grey', dashed: true },
  quintile: { tone: 'grey', dashed: true },
  bi_quintile: { tone: 'grey', dashed: true },
};

/**
 * Class names of an aspect line: kind, tone and dash pattern (the colours live in the theme).
 *
 * @example
 * aspectLineClass('square'); // 'cw-asp cw-asp-square cw-tone-red'
 */
export function aspectLineClass(kind: AspectKind): string {
  const style = ASPECT_STYLES[kind];
  const classes = ['cw-asp', `cw-asp-${kind}`];
  if (style.tone) classes.push(`cw-tone-${style.tone}`);
  if (style.dashed) classes.push('cw-dashed');
  return classes.join(' ');
}
