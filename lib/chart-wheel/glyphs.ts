import type { Body, Sign } from '@/lib/astro/types';

/**
 * Variation selector 15: asks for the text (monochrome) presentation, so that phones do not
 * draw the zodiac signs and ☿♀♂ as colour emoji.
 */
export const TEXT_PRESENTATION = '\uFE0E';

const text = (symbol: string): string => symbol + TEXT_PRESENTATION;

/** Astrological symbol of each body, in text presentation. Both nodes use ☊. */
export const BODY_GLYPHS: Readonly<Record<Body, string>> = {
  sun: text('\u2609'),
  moon: text('\u263D'),
  mercury: text('\u263F'),
  venus: text('\u2640'),
  mars: text('\u2642'),
  jupiter: text('\u2643'),
  saturn: text('\u2644'),
  uranus: text('\u2645'),
  neptune: text('\u2646'),
  pluto: text('\u2647'),
  mean_node: text('\u260A'),
  true_node: text('\u260A'),
  mean_lilith: text('\u26B8'),
  chiron: text('\u26B7'),
};

/** Symbol of each sign (♈ … ♓), in text presentation. */
export const SIGN_GLYPHS: Readonly<Record<Sign, string>> = {
  aries: text('\u2648'),
  taurus: text('\u2649'),
  gemini: text('\u264A'),
  cancer: text('\u264B'),
  leo: text('\u264C'),
  virgo: text('\u264D'),
  libra: text('\u264E'),
  scorpio: text('\u264F'),
  sagittarius: text('\u2650'),
  capricorn: text('\u2651'),
  aquarius: text('\u2652'),
  pisces: text('\u2653'),
};

/** The prescription sign astrologers use for a retrograde body. */
export const RETROGRADE_GLYPH = text('\u211E');
