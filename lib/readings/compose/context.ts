import type { PointId } from '@/lib/astro/aspects';
import {
  CORPORA,
  CORPUS_LOCALES,
  REFERENCE_LOCALE,
  corpusFor,
  type Corpus,
  type CorpusLocale,
} from '@/lib/readings/corpus';
import { voiced, type VoicedAspect } from './points';
import type { ReadingChart } from './reading-chart';

/** Everything a section is written from, computed once per reading. */
export interface ComposeContext {
  chart: ReadingChart;
  corpus: Corpus;
  locale: CorpusLocale;
  /** The chart's aspects the corpus can voice, tightest first. */
  aspects: readonly VoicedAspect[];
  /** Dominance score of each planet. */
  dominance: ReadonlyMap<PointId, number>;
  /** The most dominant planets, strongest first (at most two). */
  leaders: readonly PointId[];
}

function localeOf(corpus: Corpus): CorpusLocale {
  return CORPUS_LOCALES.find((l) => CORPORA[l] === corpus) ?? REFERENCE_LOCALE;
}

/**
 * The shared inputs of every section of one chart's reading in one locale.
 *
 * @example
 * composeContext(chart, 'pt-BR').locale; // 'pt' once Portuguese exists, 'en' until then
 */
export function composeContext(chart: ReadingChart, locale: string): ComposeContext {
  const corpus = corpusFor(locale);
  const aspects = chart.aspects
    .map(voiced)
    .filter((x): x is VoicedAspect => x !== undefined)
    .sort((x, y) => x.orb - y.orb || x.key.localeCompare(y.key));
  const dominants = chart.summary.dominants;
  return {
    chart,
    corpus,
    locale: localeOf(corpus),
    aspects,
    dominance: new Map(dominants.map((d) => [d.planet, d.score])),
    leaders: dominants.slice(0, 2).map((d) => d.planet),
  };
}
