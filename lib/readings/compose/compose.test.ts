import { describe, expect, it } from 'vitest';
import { ChartSchema } from '@/lib/astro/chart/output-schema';
import { corpusFor } from '@/lib/readings/corpus';
import { composeReading, composeSection, readingPlan } from './compose';
import {
  AQUARIUS_STELLIUM,
  NO_PATTERNS,
  PARIS_1990,
  T_SQUARE,
  chartOf,
  parisBirth,
} from './test-charts';
import { corpusIndex, trace } from './test-texts';
import type { Reading, ReadingSection, SectionId } from './types';

const en = corpusFor('en');
const enIndex = corpusIndex(en);

function section(reading: Reading, id: SectionId): ReadingSection | undefined {
  return reading.sections.find((s) => s.id === id);
}

/** Corpus paths of every paragraph of a reading, failing on any text the corpus lacks. */
function pathsOf(reading: Reading): string[] {
  return reading.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => {
      const found = trace(p, en, enIndex);
      expect(found, `not from the corpus: ${p}`).toBeDefined();
      return found?.paths ?? [];
    }),
  );
}

describe('composeReading with a birth time', () => {
  const chart = chartOf(PARIS_1990);
  const reading = composeReading(chart, { locale: 'en' });

  it('has every section, in order, titled from the corpus', () => {
    expect(reading.sections.map((s) => s.id)).toEqual([
      'overview',
      'big-three',
      'planets',
      'angles',
      'aspects',
      'patterns',
    ]);
    expect(section(reading, 'overview')?.title).toBe(en.sectionTitles.overview);
    expect(section(reading, 'angles')?.title).toBe(en.sectionTitles.houses);
  });

  it('reads the Sun, Moon and Ascendant in sign and house', () => {
    const paths = section(reading, 'big-three')!.paragraphs.map(
      (p) => trace(p, en, enIndex)!.paths,
    );
    expect(paths.flat()).toEqual([
      `planetInSign.sun.${chart.bodies.sun.sign}`,
      `planetInHouse.sun.${chart.bodies.sun.house}`,
      `planetInSign.moon.${chart.bodies.moon.sign}`,
      `planetInHouse.moon.${chart.bodies.moon.house}`,
      `angleInSign.asc.${chart.angles!.asc.sign}`,
    ]);
  });

  it('opens the overview with three to five themes, the dominant element among them', () => {
    const overview = section(reading, 'overview')!;
    const themes = overview.highlights.filter((h) => h.ref.kind !== 'dominant_planet');
    expect(themes.length).toBeGreaterThanOrEqual(3);
    expect(themes.length).toBeLessThanOrEqual(5);
    const [element] = chart.summary.elements.dominant;
    const paths = overview.paragraphs.flatMap((p) => trace(p, en, enIndex)!.paths);
    expect(paths).toContain(`emphasis.elementDominant.${element}`);
  });

  it('joins every overview theme after the first with a connective', () => {
    const overview = section(reading, 'overview')!;
    const openers = overview.highlights
      .filter((h) => h.ref.kind !== 'dominant_planet')
      .map((h) => overview.paragraphs[h.paragraphs[0]!]!);
    expect(en.connectives.some((c) => openers[0]!.startsWith(c))).toBe(false);
    for (const opener of openers.slice(1)) {
      expect(en.connectives.some((c) => opener.startsWith(`${c} `))).toBe(true);
    }
  });

  it('uses each corpus entry at most once in the whole reading', () => {
    const paths = pathsOf(reading).filter(
      (p) => !p.startsWith('connectives.') && !p.startsWith('aspectKind.'),
    );
    expect(paths.length).toBeGreaterThan(20);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('reads every pattern the chart has, once, in the overview or the patterns section', () => {
    const paths = pathsOf(reading);
    for (const kind of new Set(chart.summary.patterns.map((p) => p.kind))) {
      expect(paths.filter((p) => p === `pattern.${kind}`)).toHaveLength(1);
    }
  });
});

describe('composeReading without a birth time', () => {
  const chart = chartOf(PARIS_1990, true);
  const reading = composeReading(chart, { locale: 'en' });

  it('has no angles section, no Ascendant and no house text', () => {
    expect(reading.sections.map((s) => s.id)).not.toContain('angles');
    const paths = pathsOf(reading);
    expect(
      paths.filter((p) => p.startsWith('planetInHouse.') || p.startsWith('angleInSign.')),
    ).toEqual([]);
    expect(paths.filter((p) => p.startsWith('emphasis.hemisphere.'))).toEqual([]);
    expect(
      section(reading, 'big-three')!.highlights.map(
        (h) => h.ref.kind === 'placement' && h.ref.point,
      ),
    ).toEqual(['sun', 'moon']);
  });

  it('says in the overview that the birth time is unknown', () => {
    expect(section(reading, 'overview')?.notices).toContainEqual({ kind: 'birth_time_unknown' });
  });

  it('flags the Moon sign when the Moon changed sign during the birth day', () => {
    const reading = composeReading(parisBirth('1985-03-01', null), { locale: 'en' });
    const first = parisBirth('1985-03-01', '00:00').bodies.moon.sign;
    const last = parisBirth('1985-03-01', '23:59').bodies.moon.sign;
    expect(first).not.toBe(last);
    expect(section(reading, 'overview')?.notices).toContainEqual({
      kind: 'moon_sign_uncertain',
      sign: parisBirth('1985-03-01', null).bodies.moon.sign,
      signs: [first, last],
    });
  });

  it('does not flag the Moon sign on a day the Moon stayed in one sign', () => {
    const notices = composeReading(parisBirth('1985-03-02', null), { locale: 'en' }).sections[0]
      ?.notices;
    expect(notices).toEqual([{ kind: 'birth_time_unknown' }]);
  });
});

describe('sections the chart dictates', () => {
  it('leaves out the patterns section for a chart without patterns', () => {
    const chart = chartOf(NO_PATTERNS);
    expect(chart.summary.patterns).toEqual([]);
    const reading = composeReading(chart, { locale: 'en' });
    expect(reading.sections.map((s) => s.id)).not.toContain('patterns');
    expect(pathsOf(reading).filter((p) => p.startsWith('pattern.'))).toEqual([]);
  });

  it('reads a T-square', () => {
    const chart = chartOf(T_SQUARE);
    expect(chart.summary.patterns.map((p) => p.kind)).toEqual(['t_square']);
    const reading = composeReading(chart, { locale: 'en' });
    expect(pathsOf(reading).filter((p) => p.startsWith('pattern.'))).toEqual(['pattern.t_square']);
    const marks = reading.sections
      .flatMap((s) => s.highlights)
      .filter((h) => h.ref.kind === 'pattern');
    expect(marks.map((h) => h.ref.kind === 'pattern' && h.ref.apex)).toEqual([
      chart.summary.patterns[0]!.apex,
    ]);
  });

  it('reads a stellium and names its sign', () => {
    const chart = chartOf(AQUARIUS_STELLIUM);
    const reading = composeReading(chart, { locale: 'en' });
    expect(pathsOf(reading).filter((p) => p === 'pattern.stellium')).toHaveLength(1);
    const labels = reading.sections.flatMap((s) => s.highlights).map((h) => h.label ?? '');
    expect(
      labels.some((l) =>
        l.startsWith(`${en.names.patterns.stellium} · ${en.names.signs.aquarius}`),
      ),
    ).toBe(true);
  });
});

describe('plan and single sections', () => {
  const chart = chartOf(PARIS_1990);

  it('plans exactly the sections the reading has, and each composes alone to the same text', () => {
    const reading = composeReading(chart, { locale: 'en' });
    const plan = readingPlan(chart, 'en');
    expect(plan).toEqual(reading.sections.map(({ id, title }) => ({ id, title })));
    for (const { id } of plan) {
      expect(composeSection(chart, id, { locale: 'en' })).toEqual(section(reading, id));
    }
  });

  it('gives null for a section the chart has nothing for', () => {
    expect(composeSection(chartOf(PARIS_1990, true), 'angles', { locale: 'en' })).toBeNull();
    expect(composeSection(chartOf(NO_PATTERNS), 'patterns', { locale: 'en' })).toBeNull();
  });

  it('composes a stored chart (JSON parsed with ChartSchema) exactly like the computed one', () => {
    const stored = ChartSchema.parse(JSON.parse(JSON.stringify(chart)));
    expect(composeReading(stored, { locale: 'en' })).toEqual(
      composeReading(chart, { locale: 'en' }),
    );
  });
});
