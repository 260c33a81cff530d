import { CORPORA, CORPUS_LOCALES, corpusFor, type CorpusLocale } from '@/lib/readings/corpus';

/** The language a section is written in, with the names the prompt and the detector use. */
export interface ReadingLanguage {
  locale: CorpusLocale;
  /** English name, for the instructions. */
  name: string;
  /** ISO 639-3 code, as `franc` reports it. */
  iso3: string;
}

const LANGUAGES: Readonly<Record<CorpusLocale, Omit<ReadingLanguage, 'locale'>>> = {
  en: { name: 'English', iso3: 'eng' },
  de: { name: 'German', iso3: 'deu' },
  es: { name: 'Spanish', iso3: 'spa' },
  fr: { name: 'French', iso3: 'fra' },
  pt: { name: 'Portuguese', iso3: 'por' },
};

/** Every language a reading can be in, as ISO 639-3 codes: the detector chooses among them. */
export const READING_ISO3 = Object.values(LANGUAGES).map((l) => l.iso3);

/**
 * The language of the built-in text for a requested locale: the corpus `composeSection` used.
 *
 * @example
 * readingLanguage('pt-BR'); // { locale: 'pt', name: 'Portuguese', iso3: 'por' }
 * readingLanguage('ja').locale; // 'en'
 */
export function readingLanguage(locale: string): ReadingLanguage {
  const corpus = corpusFor(locale);
  const found = CORPUS_LOCALES.find((key) => CORPORA[key] === corpus);
  const key = found ?? 'en';
  return { locale: key, ...LANGUAGES[key] };
}
