import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { Corpus } from './types';

export type * from './types';
export {
  ASPECT_KIND_KEYS,
  CORPUS_ANGLES,
  CORPUS_BODIES,
  CORPUS_PLANETS,
  ELEMENTS,
  HEMISPHERES,
  HOUSE_NUMBERS,
  MODALITIES,
  PATTERN_KEYS,
  RETROGRADE_PLANETS,
  SECTION_KEYS,
} from './types';
export { ASPECT_PAIR_KEYS, pairKey, type CorpusPoint } from './pair-key';
export { withConnective } from './connect';
export { corpusProblems } from './validate';

/** Every locale that has a corpus; a new locale folder is registered here. */
export const CORPORA = { en, de, es, fr, pt } as const satisfies Record<string, Corpus>;

export type CorpusLocale = keyof typeof CORPORA;

export const CORPUS_LOCALES = Object.keys(CORPORA) as CorpusLocale[];

/** The locale every other corpus is measured against and that unknown locales fall back to. */
export const REFERENCE_LOCALE: CorpusLocale = 'en';

/**
 * Whether `locale` has its own corpus.
 *
 * @example
 * isCorpusLocale('en'); // true
 * isCorpusLocale('xx'); // false
 */
export function isCorpusLocale(locale: string): locale is CorpusLocale {
  return Object.hasOwn(CORPORA, locale);
}

/**
 * The interpretation corpus for a locale, or the English one when the locale has none yet. A
 * region tag such as `pt-BR` falls back to its language (`pt`) before English.
 *
 * @example
 * corpusFor('en').planetInSign.sun.leo.startsWith('You need to create'); // true
 * corpusFor('xx') === corpusFor('en'); // true
 */
export function corpusFor(locale: string): Corpus {
  if (isCorpusLocale(locale)) return CORPORA[locale];
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return isCorpusLocale(language) ? CORPORA[language] : CORPORA[REFERENCE_LOCALE];
}
