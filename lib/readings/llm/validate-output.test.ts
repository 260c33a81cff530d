import { describe, expect, it } from 'vitest';
import { composeSection, type ReadingSection } from '@/lib/readings/compose';
import { chartOf, PARIS_1990 } from '@/lib/readings/compose/test-charts';
import { CORPUS_LOCALES } from '@/lib/readings/corpus';
import { readingLanguage } from './language';
import { sectionFacts } from './section-facts';
import { checkOutput } from './validate-output';

const chart = chartOf(PARIS_1990);

function section(id: 'planets' | 'big-three', locale: string): ReadingSection {
  const composed = composeSection(chart, id, { locale });
  if (!composed) throw new Error(`the Paris chart has a ${id} section`);
  return composed;
}

function check(text: string, of: ReadingSection, locale: string) {
  return checkOutput(text, of, readingLanguage(locale), sectionFacts(of));
}

describe('checkOutput', () => {
  it.each(CORPUS_LOCALES)('accepts the %s corpus text as its own language', (locale) => {
    const planets = section('planets', locale);
    expect(check(planets.paragraphs.join('\n\n'), planets, locale)).toEqual({
      ok: true,
      paragraphs: planets.paragraphs,
    });
  });

  it.each(CORPUS_LOCALES.filter((l) => l !== 'en'))(
    'rejects %s text for an English section',
    (locale) => {
      const text = section('planets', locale).paragraphs.join('\n\n');
      expect(check(text, section('planets', 'en'), 'en')).toMatchObject({
        ok: false,
        why: expect.stringMatching(/^wrong language/),
      });
    },
  );

  it('splits on blank lines and trims', () => {
    const planets = section('planets', 'en');
    const [a = '', b = ''] = planets.paragraphs;
    const two = { ...planets, paragraphs: [a, b] };
    expect(check(`\n  ${a}  \n \n\n${b}\n`, two, 'en')).toEqual({ ok: true, paragraphs: [a, b] });
  });

  it('rejects empty, heading, far too short and far too long answers', () => {
    const planets = section('planets', 'en');
    const text = planets.paragraphs.join('\n\n');
    expect(check(' \n\n ', planets, 'en')).toEqual({ ok: false, why: 'empty' });
    expect(check(`# ${planets.title}\n${text}`, planets, 'en')).toEqual({
      ok: false,
      why: 'markdown heading',
    });
    expect(check(planets.paragraphs[0] ?? '', planets, 'en')).toMatchObject({
      ok: false,
      why: expect.stringMatching(/^too short/),
    });
    expect(check(Array(6).fill(text).join('\n\n'), planets, 'en')).toMatchObject({
      ok: false,
      why: expect.stringMatching(/^too long/),
    });
  });

  it('rejects a rewrite naming a sign or body the section does not', () => {
    const bigThree = section('big-three', 'en');
    const text = bigThree.paragraphs.join('\n\n');
    const absent = ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio']
      .concat(['Sagittarius', 'Capricorn', 'Aquarius', 'Pisces'])
      .find((sign) => !text.includes(sign) && !sectionFacts(bigThree).join().includes(sign));
    if (!absent) throw new Error('the big three cannot name every sign');
    const invented = `${text}\n\nYour Venus in ${absent} softens all of this.`;
    expect(check(invented, bigThree, 'en')).toEqual({
      ok: false,
      why: expect.stringContaining(absent),
    });
  });
});
