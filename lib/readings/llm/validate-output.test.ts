import { describe, expect, it } from 'vitest';
import { composeSection, type ReadingSection } from '@/lib/readings/compose';
import { CORPUS_LOCALES } from '@/lib/readings/corpus';
import { chartOf, PARIS_1990 } from '@/lib/readings/compose/test-charts';
import { readingLanguage } from './language';
import { checkOutput } from './validate-output';

const chart = chartOf(PARIS_1990);

function planets(locale: string): ReadingSection {
  const section = composeSection(chart, 'planets', { locale });
  if (!section) throw new Error('the Paris chart has a planets section');
  return section;
}

describe('checkOutput', () => {
  it.each(CORPUS_LOCALES)('accepts the %s corpus text as its own language', (locale) => {
    const section = planets(locale);
    const check = checkOutput(section.paragraphs.join('\n\n'), section, readingLanguage(locale));
    expect(check).toEqual({ ok: true, paragraphs: section.paragraphs });
  });

  it.each(CORPUS_LOCALES.filter((l) => l !== 'en'))(
    'rejects %s text for an English section',
    (locale) => {
      const check = checkOutput(
        planets(locale).paragraphs.join('\n\n'),
        planets('en'),
        readingLanguage('en'),
      );
      expect(check).toMatchObject({ ok: false, why: expect.stringMatching(/^wrong language/) });
    },
  );

  it('splits on blank lines and trims', () => {
    const section = planets('en');
    const [a = '', b = ''] = section.paragraphs;
    const check = checkOutput(
      `\n  ${a}  \n \n\n${b}\n`,
      { ...section, paragraphs: [a, b] },
      readingLanguage('en'),
    );
    expect(check).toEqual({ ok: true, paragraphs: [a, b] });
  });

  it('rejects empty, heading, far too short and far too long answers', () => {
    const section = planets('en');
    const text = section.paragraphs.join('\n\n');
    const en = readingLanguage('en');
    expect(checkOutput(' \n\n ', section, en)).toEqual({ ok: false, why: 'empty' });
    expect(checkOutput(`# ${section.title}\n${text}`, section, en)).toEqual({
      ok: false,
      why: 'markdown heading',
    });
    expect(checkOutput(section.paragraphs[0] ?? '', section, en)).toMatchObject({ ok: false });
    expect(checkOutput(Array(6).fill(text).join('\n\n'), section, en)).toMatchObject({
      ok: false,
      why: expect.stringMatching(/^too long/),
    });
  });
});
