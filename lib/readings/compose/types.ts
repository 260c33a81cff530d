/** What the composer returns: a reading as an ordered list of sections, each storable alone. */
import type { PointId } from '@/lib/astro/aspects';
import type { Sign } from '@/lib/astro/types';
import type {
  AspectKindKey,
  CorpusLocale,
  CorpusPoint,
  Element,
  Hemisphere,
  Modality,
  PatternKey,
  RetrogradePlanet,
  SectionKey,
} from '@/lib/readings/corpus';

/** Sections in reading order; a chart's plan holds the ones it has material for. */
export const SECTION_IDS = [
  'overview',
  'big-three',
  'planets',
  'angles',
  'aspects',
  'patterns',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The corpus title of each section. The corpus has no title of its own for the angles: the
 * Ascendant and Midheaven frame the houses, so that section takes the houses title.
 */
export const SECTION_TITLE_KEYS: Readonly<Record<SectionId, SectionKey>> = {
  overview: 'overview',
  'big-three': 'big_three',
  planets: 'planets',
  angles: 'houses',
  aspects: 'aspects',
  patterns: 'patterns',
};

/** What a highlight is about, in corpus keys, so a UI can render it in its own way. */
export type HighlightRef =
  | {
      kind: 'placement';
      point: CorpusPoint;
      sign: Sign;
      /** Null for the angles and when the birth time is unknown. */
      house: number | null;
      retrograde: boolean;
    }
  | { kind: 'aspect'; a: CorpusPoint; b: CorpusPoint; aspect: AspectKindKey; orb: number }
  | {
      kind: 'pattern';
      pattern: PatternKey;
      members: PointId[];
      apex?: PointId;
      element?: Element;
      sign?: Sign;
      house?: number;
    }
  | { kind: 'element_dominant'; element: Element; share: number }
  | { kind: 'element_lacking'; element: Element }
  | { kind: 'modality_dominant'; modality: Modality; share: number }
  | { kind: 'hemisphere'; hemisphere: Hemisphere; planets: number }
  | { kind: 'retrograde'; planet: RetrogradePlanet }
  | { kind: 'dominant_planet'; planet: PointId; score: number };

/** One thing a section talks about, with the paragraphs (indices into the section) that do. */
export interface ReadingHighlight {
  ref: HighlightRef;
  /** Built from corpus names only, e.g. "Sun · Square · Moon"; absent when the corpus has none. */
  label?: string;
  weight: number;
  paragraphs: number[];
}

/** Facts about the chart a UI should show next to the reading, in its own words. */
export type ReadingNotice =
  | { kind: 'birth_time_unknown' }
  | {
      kind: 'moon_sign_uncertain';
      /** The Moon's sign at noon, the one the reading describes. */
      sign: Sign;
      /** Every sign the Moon occupied during the birth day, in order. */
      signs: Sign[];
    };

export interface ReadingSection {
  id: SectionId;
  title: string;
  paragraphs: string[];
  /** Weight of the section's heaviest highlight. */
  weight: number;
  highlights: ReadingHighlight[];
  /** Only on the overview. */
  notices?: ReadingNotice[];
}

export interface Reading {
  /** The corpus the text comes from: the requested locale, its language or English. */
  locale: CorpusLocale;
  sections: ReadingSection[];
}

export interface PlannedSection {
  id: SectionId;
  title: string;
}

export interface ComposeOptions {
  locale: string;
}
