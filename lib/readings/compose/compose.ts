import { composeContext, type ComposeContext } from './context';
import type { ReadingChart } from './reading-chart';
import { anglesSection } from './sections/angles';
import { aspectsSection } from './sections/aspects';
import { bigThreeSection } from './sections/big-three';
import { overviewSection } from './sections/overview';
import { patternsSection } from './sections/patterns';
import { planetsSection } from './sections/planets';
import {
  SECTION_IDS,
  type ComposeOptions,
  type PlannedSection,
  type Reading,
  type ReadingSection,
  type SectionId,
} from './types';

const BUILDERS: Readonly<Record<SectionId, (ctx: ComposeContext) => ReadingSection | undefined>> = {
  overview: overviewSection,
  'big-three': bigThreeSection,
  planets: planetsSection,
  angles: anglesSection,
  aspects: aspectsSection,
  patterns: patternsSection,
};

function sectionsOf(ctx: ComposeContext): ReadingSection[] {
  return SECTION_IDS.map((id) => BUILDERS[id](ctx)).filter(
    (s): s is ReadingSection => s !== undefined,
  );
}

/**
 * The sections a chart's reading has, in order, with their titles: what a job iterates over to
 * generate and store the reading one section at a time.
 *
 * @example
 * readingPlan(chart, 'en').map((s) => s.id);
 * // ['overview', 'big-three', 'planets', 'angles', 'aspects', 'patterns'] (fewer without a birth
 * // time or without patterns)
 */
export function readingPlan(chart: ReadingChart, locale: string): PlannedSection[] {
  return sectionsOf(composeContext(chart, locale)).map(({ id, title }) => ({ id, title }));
}

/**
 * One section of a chart's reading, or null when the chart has nothing for it (the angles
 * without a birth time, the patterns of a chart without any). Same chart, section and locale,
 * same text.
 *
 * @example
 * composeSection(chart, 'big-three', { locale: 'en' })?.paragraphs[0]; // the Sun in its sign
 */
export function composeSection(
  chart: ReadingChart,
  sectionId: SectionId,
  options: ComposeOptions,
): ReadingSection | null {
  return BUILDERS[sectionId](composeContext(chart, options.locale)) ?? null;
}

/**
 * A chart's whole natal reading: every section of `readingPlan`, in order. Every word comes from
 * the locale's corpus (its language's, or English when it has none).
 *
 * @example
 * const reading = composeReading(computeChart({ utc, latitude, longitude }), { locale: 'en' });
 * reading.sections[0]?.id; // 'overview'
 */
export function composeReading(chart: ReadingChart, options: ComposeOptions): Reading {
  const ctx = composeContext(chart, options.locale);
  return { locale: ctx.locale, sections: sectionsOf(ctx) };
}
