/**
 * Shape of an interpretation corpus. Every locale folder (`en/`, `es/`, …) exports one `Corpus`
 * with exactly these keys, so a composer can switch language without knowing which one it reads.
 */
import type { Body, Sign } from '@/lib/astro/types';

/** The bodies the corpus interprets, in the engine's `BODIES` order. */
export const CORPUS_BODIES = [
  'sun',
  'moon',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
  'true_node',
  'chiron',
] as const satisfies readonly Body[];
export type CorpusBody = (typeof CORPUS_BODIES)[number];

/** The ten planets, the only bodies whose contacts to the Ascendant and Midheaven are written. */
export const CORPUS_PLANETS = [
  'sun',
  'moon',
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
] as const satisfies readonly CorpusBody[];
export type CorpusPlanet = (typeof CORPUS_PLANETS)[number];

export const CORPUS_ANGLES = ['asc', 'mc'] as const;
export type CorpusAngle = (typeof CORPUS_ANGLES)[number];

export const HOUSE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type HouseNumber = (typeof HOUSE_NUMBERS)[number];

/** Unordered pairs of a tuple, each written `first_second` in tuple order. */
type PairsOf<T extends readonly string[]> = T extends readonly [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? `${Head}_${Rest[number]}` | PairsOf<Rest>
  : never;

/** Key of an aspect pair: two corpus bodies in `CORPUS_BODIES` order, or a planet then an angle. */
export type PairKey = PairsOf<typeof CORPUS_BODIES> | `${CorpusPlanet}_${CorpusAngle}`;

/** Pair keys whose first point is `B`: the slice of the aspect table one data file holds. */
export type PairKeysOf<B extends CorpusBody> = Extract<PairKey, `${B}_${string}`>;

/**
 * Three readings of one pair. `harmonious` must fit both trine and sextile; `challenging` must fit
 * square, opposition and quincunx.
 */
export interface AspectTexts {
  conjunction: string;
  harmonious: string;
  challenging: string;
}

export const ASPECT_KIND_KEYS = [
  'conjunction',
  'opposition',
  'trine',
  'square',
  'sextile',
  'quincunx',
] as const;
export type AspectKindKey = (typeof ASPECT_KIND_KEYS)[number];

export const PATTERN_KEYS = [
  'grand_trine',
  't_square',
  'grand_cross',
  'yod',
  'stellium',
  'kite',
] as const;
export type PatternKey = (typeof PATTERN_KEYS)[number];

export const ELEMENTS = ['fire', 'earth', 'air', 'water'] as const;
export type Element = (typeof ELEMENTS)[number];

export const MODALITIES = ['cardinal', 'fixed', 'mutable'] as const;
export type Modality = (typeof MODALITIES)[number];

export const HEMISPHERES = ['north', 'south', 'east', 'west'] as const;
export type Hemisphere = (typeof HEMISPHERES)[number];

export const RETROGRADE_PLANETS = ['mercury', 'venus', 'mars'] as const;
export type RetrogradePlanet = (typeof RETROGRADE_PLANETS)[number];

export const SECTION_KEYS = [
  'overview',
  'big_three',
  'planets',
  'houses',
  'aspects',
  'patterns',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Material for the overview: the balance of the chart rather than any single placement. */
export interface EmphasisTexts {
  elementDominant: Record<Element, string>;
  elementLacking: Record<Element, string>;
  modalityDominant: Record<Modality, string>;
  /** North = below the horizon (houses 1–6), south = above it, east = around the Ascendant. */
  hemisphere: Record<Hemisphere, string>;
  retrograde: Record<RetrogradePlanet, string>;
}

/** Display names for headings and for deciding capitalisation after a connective. */
export interface CorpusNames {
  bodies: Record<CorpusBody, string>;
  angles: Record<CorpusAngle, string>;
  signs: Record<Sign, string>;
  /** Written as a heading fragment, e.g. "1st House". */
  houses: Record<HouseNumber, string>;
  aspects: Record<AspectKindKey, string>;
  patterns: Record<PatternKey, string>;
  elements: Record<Element, string>;
  modalities: Record<Modality, string>;
}

/**
 * A full interpretation corpus for one locale.
 *
 * Entries are self-contained paragraphs of two to four sentences, addressed to the reader as "you",
 * so a composer can string any of them together in any order.
 */
export interface Corpus {
  planetInSign: Record<CorpusBody, Record<Sign, string>>;
  planetInHouse: Record<CorpusBody, Record<HouseNumber, string>>;
  angleInSign: Record<CorpusAngle, Record<Sign, string>>;
  aspect: Record<PairKey, AspectTexts>;
  /** One short sentence per aspect kind, usable as a lead-in before a pair's text. */
  aspectKind: Record<AspectKindKey, string>;
  pattern: Record<PatternKey, string>;
  /** Added after `pattern.grand_trine` when the trine's three points share an element. */
  grandTrineElement: Record<Element, string>;
  emphasis: EmphasisTexts;
  sectionTitles: Record<SectionKey, string>;
  /**
   * Transitions the composer rotates between entries. One ending in a comma continues the sentence:
   * the entry after it loses its capital unless it starts with a name from `names`. One ending in a
   * colon or full stop is followed by the entry unchanged (German needs these, as its word order
   * does not allow a fronted adverb before a full clause).
   */
  connectives: readonly string[];
  names: CorpusNames;
}
