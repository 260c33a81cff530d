import type { ReadingSection } from '@/lib/readings/compose';
import type { ReadingLanguage } from './language';
import type { ChatMessage } from './stream-completion';

/** Word counts the answer should land between, relative to the built-in text. */
export function targetWords(section: ReadingSection): { min: number; max: number } {
  const words = section.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  return {
    min: Math.max(40, Math.round(words * 1.1)),
    max: Math.max(120, Math.round(words * 1.8)),
  };
}

/**
 * The chat messages asking the model to deepen a section's built-in paragraphs, in the
 * section's language, without leaving the given chart facts.
 *
 * @example
 * const [system, user] = enrichmentPrompt(section, sectionFacts(section), readingLanguage('fr'));
 * system.content.includes('French'); // true
 */
export function enrichmentPrompt(
  section: ReadingSection,
  facts: readonly string[],
  language: ReadingLanguage,
): ChatMessage[] {
  const { min, max } = targetWords(section);
  const system = [
    'You are the writer of Orrery, a natal astrology reading service.',
    `Rewrite and deepen one section of a reading. Write in ${language.name} only.`,
    'Stay faithful to the chart: speak only of the planets, signs, houses, aspects and patterns in',
    'the chart facts or the original text, never change a placement, and never invent one.',
    'Keep the order and the meaning of the original paragraphs; add nuance, examples from daily',
    'life and gentle, practical advice. Address the reader as "you"; be warm, never fatalistic.',
    'Output plain prose paragraphs separated by one blank line: no title, no headings, no lists,',
    `no markdown, no preamble. Aim for ${min} to ${max} words.`,
  ].join(' ');
  const user = [
    `Section: ${section.title}`,
    '',
    'Chart facts:',
    ...(facts.length > 0 ? facts.map((fact) => `- ${fact}`) : ['- (none beyond the text)']),
    '',
    'Original text:',
    '',
    section.paragraphs.join('\n\n'),
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
