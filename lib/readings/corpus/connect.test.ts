import { describe, expect, it } from 'vitest';
import { withConnective } from './connect';
import { CORPORA, CORPUS_LOCALES, REFERENCE_LOCALE } from './index';

const en = CORPORA[REFERENCE_LOCALE];

describe('withConnective', () => {
  it('continues the sentence after a comma, lower-casing an ordinary first word', () => {
    expect(withConnective(en, 'At the same time,', en.planetInSign.sun.aries)).toMatch(
      /^At the same time, you come alive/,
    );
  });

  it('keeps the capital of a body, angle or sign name', () => {
    expect(withConnective(en, 'Meanwhile,', 'Mars is at home here.')).toBe(
      'Meanwhile, Mars is at home here.',
    );
    expect(withConnective(en, 'Meanwhile,', 'North Node themes return.')).toBe(
      'Meanwhile, North Node themes return.',
    );
    expect(withConnective(en, 'Meanwhile,', 'Pisces rising softens you.')).toBe(
      'Meanwhile, Pisces rising softens you.',
    );
  });

  it('treats a name only as a whole word', () => {
    expect(withConnective(en, 'Meanwhile,', 'Suns and moons.')).toBe('Meanwhile, suns and moons.');
  });

  it('leaves the entry unchanged after a full stop or colon', () => {
    expect(withConnective(en, 'There is another side to this.', 'You also need rest.')).toBe(
      'There is another side to this. You also need rest.',
    );
    expect(withConnective(en, 'Dazu kommt:', 'Deine Ruhe.')).toBe('Dazu kommt: Deine Ruhe.');
  });

  it.each(CORPUS_LOCALES)(
    '%s: every connective joins every Big Three opening cleanly',
    (locale) => {
      const corpus = CORPORA[locale];
      for (const connective of corpus.connectives) {
        const joined = withConnective(corpus, connective, corpus.angleInSign.asc.leo);
        expect(joined.startsWith(`${connective} `)).toBe(true);
        expect(joined).not.toMatch(/\s{2}/);
      }
    },
  );
});
