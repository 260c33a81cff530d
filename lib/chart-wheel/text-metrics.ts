/**
 * Approximate advance widths, in em, of the characters the wheel draws (measured on DejaVu Sans,
 * the widest of the usual symbol fonts, in bold where the wheel uses bold, so that other fonts
 * only leave more room). Layout runs on
 * the server, with no font to measure, so it works from these.
 */
const WIDTHS: readonly [RegExp, number][] = [
  [/[\uFE0E\uFE0F]/, 0],
  [/[0-9]/, 0.7],
  [/°/, 0.5],
  [/[′″']/, 0.3],
  [/℞/, 0.8],
  [/[\u2600-\u26FF]/, 0.84],
  [/[A-Z]/, 0.78],
  [/[a-z]/, 0.6],
];

const DEFAULT_WIDTH = 0.7;

/** Height of the ink of a line of text, in em: symbols fill more of the em box than digits. */
const SYMBOL_HEIGHT = 0.86;
const TEXT_HEIGHT = 0.76;

/** Width and height of a drawn text, in the units of its font size. */
export interface TextBox {
  w: number;
  h: number;
}

/**
 * Estimated box of a single-line text at a font size.
 *
 * @example
 * measureText('24°', 10); // { w: 17.8, h: 7.6 }
 */
export function measureText(text: string, size: number): TextBox {
  let em = 0;
  let symbol = false;
  for (const ch of text) {
    const width = WIDTHS.find(([re]) => re.test(ch))?.[1] ?? DEFAULT_WIDTH;
    if (/[\u2600-\u26FF℞]/.test(ch)) symbol = true;
    em += width;
  }
  return { w: em * size, h: (symbol ? SYMBOL_HEIGHT : TEXT_HEIGHT) * size };
}
