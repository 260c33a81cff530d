import type { PointId } from '@/lib/astro/aspects';
import type { ComposeContext } from './context';
import type { HighlightRef, ReadingHighlight, ReadingSection, SectionId } from './types';
import { DOMINANT_BOOST, roundWeight } from './weights';
import { SECTION_TITLE_KEYS } from './types';

/** What a highlight points at, with its label when the corpus names it. */
export interface Mark {
  ref: HighlightRef;
  label?: string;
}

/** One thing a section says: its paragraphs, how much it weighs and what it is about. */
export interface SectionItem {
  /**
   * The corpus text the item voices (`aspect:sun_moon`, `pattern:t_square`, …). A paragraph is
   * used once per reading: a section leaves out an item whose claim the overview already voiced.
   */
  claim: string;
  weight: number;
  paragraphs: string[];
  marks: Mark[];
}

/** Multiplier of an item that involves one of the chart's leading planets (see DOMINANT_BOOST). */
export function leaderBoost(ctx: ComposeContext, points: readonly PointId[]): number {
  let boost = 1;
  ctx.leaders.forEach((leader, rank) => {
    if (points.includes(leader)) boost = Math.max(boost, DOMINANT_BOOST[rank] ?? 1);
  });
  return boost;
}

/** Heaviest first; equal weights keep a stable order by claim. */
export function byWeight(x: SectionItem, y: SectionItem): number {
  return y.weight - x.weight || x.claim.localeCompare(y.claim);
}

/** Lays items out as a section: paragraphs in item order, one highlight per mark. */
export function toSection(
  ctx: ComposeContext,
  id: SectionId,
  items: readonly SectionItem[],
  extra: readonly ReadingHighlight[] = [],
): ReadingSection {
  const paragraphs: string[] = [];
  const highlights: ReadingHighlight[] = [];
  for (const item of items) {
    const indices = item.paragraphs.map((p) => paragraphs.push(p) - 1);
    for (const mark of item.marks) {
      highlights.push({ ...mark, weight: roundWeight(item.weight), paragraphs: indices });
    }
  }
  highlights.push(...extra);
  return {
    id,
    title: ctx.corpus.sectionTitles[SECTION_TITLE_KEYS[id]],
    paragraphs,
    weight: roundWeight(Math.max(0, ...items.map((i) => i.weight))),
    highlights,
  };
}
