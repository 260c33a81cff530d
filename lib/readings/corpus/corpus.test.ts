import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNS } from '@/lib/astro/types';
import { CORPORA, CORPUS_LOCALES, REFERENCE_LOCALE, corpusFor, isCorpusLocale } from './index';
import { ASPECT_PAIR_KEYS } from './pair-key';
import { CORPUS_BODIES, HOUSE_NUMBERS, type Corpus } from './types';
import { corpusProblems, leavesAlong } from './validate';

const en = CORPORA[REFERENCE_LOCALE];

/** Folders under corpus/ that hold a locale: named like a language tag. */
function localeFolders(): string[] {
  return readdirSync(__dirname).filter(
    (name) => /^[a-z]{2}(-[A-Z]{2})?$/.test(name) && statSync(join(__dirname, name)).isDirectory(),
  );
}

describe('corpus locales', () => {
  // A folder being written stays unregistered (and unchecked) until it is complete; every
  // registered locale must have its folder and pass the checks below.
  it('has a folder for every registered locale', () => {
    expect(CORPUS_LOCALES.filter((l) => !localeFolders().includes(l))).toEqual([]);
  });

  it.each(CORPUS_LOCALES)(
    '%s has every entry en has, non-empty, unique and free of placeholders',
    (locale) => {
      expect(corpusProblems(en, CORPORA[locale])).toEqual([]);
    },
  );

  it('falls back to the language, then to English', () => {
    expect(corpusFor('en')).toBe(en);
    expect(corpusFor('en-GB')).toBe(en);
    expect(corpusFor('xx')).toBe(en);
    expect(corpusFor('')).toBe(en);
    expect(isCorpusLocale('toString')).toBe(false);
  });
});

describe('corpusProblems', () => {
  function copy(): Corpus {
    return structuredClone(en) as Corpus;
  }

  it('reports an entry a locale lacks', () => {
    const broken = copy() as unknown as { planetInSign: { moon: Record<string, unknown> } };
    delete broken.planetInSign.moon.virgo;
    expect(corpusProblems(en, broken)).toEqual(['planetInSign.moon.virgo: missing']);
  });

  it('reports a whole missing part, one problem per entry', () => {
    const broken: Partial<Corpus> = copy();
    delete broken.angleInSign;
    expect(corpusProblems(en, broken)).toHaveLength(24);
  });

  it('reports empty, short, placeholder and duplicated text', () => {
    const broken = copy();
    broken.aspect.sun_moon.conjunction = '  ';
    broken.pattern.yod = 'Too short to be a paragraph.';
    broken.planetInHouse.venus[5] = `TODO write Venus in the fifth house properly later on.`;
    broken.angleInSign.mc.leo = `${en.angleInSign.mc.leo} […]`;
    broken.planetInSign.mars.leo = en.planetInSign.sun.leo;
    expect(corpusProblems(en, broken)).toEqual([
      'planetInSign.mars.leo: same text as planetInSign.sun.leo',
      'planetInHouse.venus.5: placeholder text',
      'angleInSign.mc.leo: placeholder text',
      'aspect.sun_moon.conjunction: missing',
      'pattern.yod: shorter than 30 characters',
    ]);
  });

  it('accepts "todo" as an ordinary lower-case word, as in Spanish', () => {
    const spanish = copy();
    spanish.pattern.stellium =
      `${en.pattern.stellium} Todo esto se concentra en un solo lugar.`.replace('Todo', 'todo');
    expect(corpusProblems(en, spanish)).toEqual([]);
  });

  it('walks every string position of the reference', () => {
    const paths = leavesAlong(en, en).map((leaf) => leaf.path);
    expect(paths).toContain('aspect.venus_mc.challenging');
    expect(paths).toContain('connectives.0');
    expect(paths).toContain('names.houses.12');
  });
});

describe('en corpus coverage', () => {
  it('has all 144 planet-in-sign and 144 planet-in-house entries', () => {
    for (const body of CORPUS_BODIES) {
      expect(Object.keys(en.planetInSign[body]).sort()).toEqual([...SIGNS].sort());
      expect(Object.keys(en.planetInHouse[body]).map(Number)).toEqual([...HOUSE_NUMBERS]);
    }
  });

  it('has an Ascendant and a Midheaven text for every sign', () => {
    expect(Object.keys(en.angleInSign.asc).sort()).toEqual([...SIGNS].sort());
    expect(Object.keys(en.angleInSign.mc).sort()).toEqual([...SIGNS].sort());
  });

  it('has three texts for each of the 86 aspect pairs and no other pair', () => {
    expect(Object.keys(en.aspect).sort()).toEqual([...ASPECT_PAIR_KEYS].sort());
    expect(ASPECT_PAIR_KEYS).toHaveLength(86);
  });

  it('has at least 20 connectives, each ending as the composer contract says', () => {
    expect(en.connectives.length).toBeGreaterThanOrEqual(20);
    for (const connective of en.connectives) expect(connective).toMatch(/[,:.]$/);
  });
});

/** Prose parts whose entries must be 2–4 sentences of 45–90 words. */
const PARAGRAPH_PARTS = [
  'planetInSign',
  'planetInHouse',
  'angleInSign',
  'aspect',
  'pattern',
  'grandTrineElement',
  'emphasis',
] as const;

function paragraphs(): { path: string; text: string }[] {
  const reference = Object.fromEntries(PARAGRAPH_PARTS.map((part) => [part, en[part]]));
  return leavesAlong(reference, reference).map(({ path, value }) => ({
    path,
    text: String(value),
  }));
}

const words = (text: string) => text.trim().split(/\s+/).length;
const sentences = (text: string) => text.split(/[.!?](?=\s|$)/).filter((s) => s.trim()).length;

describe('en writing standard', () => {
  it.each(paragraphs())('$path is 2–4 sentences of 45–90 words', ({ text }) => {
    expect(words(text)).toBeGreaterThanOrEqual(45);
    expect(words(text)).toBeLessThanOrEqual(90);
    expect(sentences(text)).toBeGreaterThanOrEqual(2);
    expect(sentences(text)).toBeLessThanOrEqual(4);
  });

  it('avoids report-speak and fatalism', () => {
    const banned = /this placement|indicates that|you will never|you are doomed|destined to fail/i;
    const offending = paragraphs().filter(({ text }) => banned.test(text));
    expect(offending.map(({ path }) => path)).toEqual([]);
  });

  it('gives each aspect kind one short lead-in sentence', () => {
    for (const text of Object.values(en.aspectKind)) {
      expect(sentences(text)).toBe(1);
      expect(words(text)).toBeLessThanOrEqual(25);
    }
  });

  it('opens no more than a fifth of all paragraphs with the same word', () => {
    const counts = new Map<string, number>();
    const all = paragraphs();
    for (const { text } of all) {
      const first = text.split(/\s/)[0] ?? '';
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect(Math.max(...counts.values()) / all.length).toBeLessThanOrEqual(0.2);
  });

  it('varies how the twelve entries of a body open', () => {
    const groups = [
      ...CORPUS_BODIES.map((body) => Object.values(en.planetInSign[body])),
      ...CORPUS_BODIES.map((body) => Object.values(en.planetInHouse[body])),
      Object.values(en.angleInSign.asc),
      Object.values(en.angleInSign.mc),
    ];
    for (const texts of groups) {
      const counts = new Map<string, number>();
      for (const text of texts) {
        const first = text.split(/\s/)[0] ?? '';
        counts.set(first, (counts.get(first) ?? 0) + 1);
      }
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(6);
    }
  });
});
