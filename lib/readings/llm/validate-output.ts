import { franc } from 'franc-min';
import type { ReadingSection } from '@/lib/readings/compose';
import { inventedNames } from './invented-names';
import { READING_ISO3, type ReadingLanguage } from './language';

export type OutputCheck = { ok: true; paragraphs: string[] } | { ok: false; why: string };

/**
 * Splits the model's answer into paragraphs and checks it can stand in for the built-in text:
 * not empty, neither far shorter nor far longer, no markdown headings, in the section's
 * language (detected among the reading languages only, so close languages do not win by chance),
 * and naming no body or sign that neither the section nor its facts name.
 *
 * @example
 * checkOutput('# Title\n\nText', section, readingLanguage('en'), []); // { ok: false, why: 'markdown heading' }
 */
export function checkOutput(
  text: string,
  section: ReadingSection,
  language: ReadingLanguage,
  facts: readonly string[],
): OutputCheck {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return { ok: false, why: 'empty' };
  if (paragraphs.some((p) => /^\s{0,3}#{1,6}\s/m.test(p)))
    return { ok: false, why: 'markdown heading' };

  const length = paragraphs.join(' ').length;
  const builtin = section.paragraphs.join(' ').length;
  if (length < Math.max(80, builtin * 0.5))
    return { ok: false, why: `too short (${length} chars)` };
  if (length > builtin * 4 + 1000) return { ok: false, why: `too long (${length} chars)` };

  const detected = franc(paragraphs.join(' '), { only: READING_ISO3, minLength: 40 });
  if (detected !== 'und' && detected !== language.iso3) {
    return { ok: false, why: `wrong language (${detected}, expected ${language.iso3})` };
  }

  const source = [section.title, ...section.paragraphs, ...facts].join('\n');
  const invented = inventedNames(paragraphs.join('\n'), source, language.locale);
  if (invented.length > 0) return { ok: false, why: `names ${invented.join(', ')}` };
  return { ok: true, paragraphs };
}
