import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, type WheelPalette } from './theme';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The chart tables write signs and aspects in these colours, so they are held to text contrast.
const TEXT: (keyof WheelPalette)[] = [
  'ink',
  'muted',
  'fire',
  'earth',
  'air',
  'water',
  'blue',
  'green',
  'red',
  'outer',
];

describe.each([
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
])('%s palette', (_scheme, palette) => {
  it.each(TEXT)('%s reaches WCAG AA text contrast (4.5:1) on the background', (name) => {
    expect(contrast(palette[name], palette.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws minor aspects in a grey that stands out as a graphic (3:1)', () => {
    expect(contrast(palette.grey, palette.bg)).toBeGreaterThanOrEqual(3);
  });
});
