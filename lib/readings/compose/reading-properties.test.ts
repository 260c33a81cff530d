import { describe, expect, it } from 'vitest';
import { separationDeg } from '@/lib/astro/angles';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart } from '@/lib/astro/chart/types';
import { HOUSE_SYSTEMS } from '@/lib/astro/types';
import { CORPORA, CORPUS_LOCALES, corpusFor } from '@/lib/readings/corpus';
import { composeReading } from './compose';
import { MAX_ANGLE_CONTACTS } from './sections/angles';
import { MAX_ASPECTS } from './sections/aspects';
import { PARIS_1990, chartOf } from './test-charts';
import { corpusIndex, trace } from './test-texts';
import type { Reading, ReadingHighlight } from './types';

/** A small seeded generator, so the sample of charts is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Births from 1850 to 2050 anywhere from 66° S to 70° N, a fifth without time, some sidereal. */
function sampleCharts(count: number): Chart[] {
  const random = generator(20240611);
  return Array.from({ length: count }, () => {
    const utc = new Date(Date.UTC(1850, 0, 1) + random() * 200 * 365.25 * 86_400_000);
    return computeChart({
      utc,
      latitude: -66 + random() * 136,
      longitude: -180 + random() * 360,
      timeUnknown: random() < 0.2,
      houseSystem: HOUSE_SYSTEMS[Math.floor(random() * HOUSE_SYSTEMS.length)]!,
      zodiac: random() < 0.15 ? { kind: 'sidereal', ayanamsa: 'lahiri' } : { kind: 'tropical' },
    });
  });
}

const SAMPLE = sampleCharts(120);
const en = corpusFor('en');
const enIndex = corpusIndex(en);
const BROKEN = /undefined|NaN|\[object Object\]|\bnull\b|\{\{|\}\}|TODO/;

function strings(reading: Reading): string[] {
  return reading.sections.flatMap((s) => [
    s.title,
    ...s.paragraphs,
    ...s.highlights.map((h) => h.label ?? ''),
  ]);
}

function weights(highlights: readonly ReadingHighlight[]): number[] {
  return highlights.map((h) => h.weight);
}

function isNonIncreasing(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v <= values[i - 1]!);
}

describe('every reading of a sample of 120 charts', () => {
  const readings = SAMPLE.map((chart) => composeReading(chart, { locale: 'en' }));

  it('is made only of corpus text, with no placeholder, undefined, NaN or object', () => {
    for (const reading of readings) {
      for (const text of strings(reading)) expect(text).not.toMatch(BROKEN);
      for (const section of reading.sections) {
        expect(section.paragraphs.length).toBeGreaterThan(0);
        for (const p of section.paragraphs) {
          expect(trace(p, en, enIndex), `not from the corpus: ${p}`).toBeDefined();
        }
        for (const h of section.highlights) expect(Number.isFinite(h.weight)).toBe(true);
      }
    }
  });

  it('is the same when composed again from a freshly computed chart', () => {
    SAMPLE.slice(0, 20).forEach((chart, i) => {
      const again = computeChart({
        utc: new Date(chart.utc),
        latitude: chart.latitude,
        longitude: chart.longitude,
        timeUnknown: chart.timeUnknown,
        houseSystem: chart.houseSystem,
        zodiac: chart.zodiac,
      });
      expect(composeReading(again, { locale: 'en' })).toEqual(readings[i]);
    });
  });

  it('varies the connectives from chart to chart', () => {
    const first = new Set(
      readings.map((r) => {
        const second = r.sections[0]?.paragraphs[1] ?? '';
        return en.connectives.find((c) => second.startsWith(`${c} `));
      }),
    );
    expect(first.size).toBeGreaterThanOrEqual(8);
  });

  it('orders the overview, planets and patterns by weight and the aspects by orb', () => {
    for (const reading of readings) {
      for (const section of reading.sections) {
        const items = section.highlights.filter(
          (h) => h.ref.kind !== 'dominant_planet' && h.ref.kind !== 'retrograde',
        );
        if (['overview', 'planets', 'patterns'].includes(section.id)) {
          expect(isNonIncreasing(weights(items)), section.id).toBe(true);
        }
        if (section.id === 'aspects' || section.id === 'angles') {
          const orbs = items.flatMap((h) => (h.ref.kind === 'aspect' ? [h.ref.orb] : []));
          expect(isNonIncreasing(orbs.map((o) => -o))).toBe(true);
          expect(orbs.length).toBeLessThanOrEqual(
            section.id === 'aspects' ? MAX_ASPECTS : MAX_ANGLE_CONTACTS,
          );
        }
      }
    }
  });
});

describe('placement weight', () => {
  const PLANET = 'pluto';
  const ANGULAR_ORB = 15;
  /** Places at Paris's latitude, one per degree of longitude, for the same instant. */
  const places = Array.from({ length: 360 }, (_, i) => {
    const chart = chartOf({ ...PARIS_1990, longitude: i - 180 });
    const { asc, mc } = chart.angles!;
    const lon = chart.bodies[PLANET].lon;
    const fromAngles = Math.min(
      ...[asc.lon, mc.lon, asc.lon + 180, mc.lon + 180].map((a) => separationDeg(lon, a)),
    );
    return { chart, fromAsc: separationDeg(lon, asc.lon), fromAngles };
  });
  const rank = (chart: Chart): number =>
    composeReading(chart, { locale: 'en' })
      .sections.find((s) => s.id === 'planets')!
      .highlights.findIndex((h) => h.ref.kind === 'placement' && h.ref.point === PLANET);

  it('puts a planet on the Ascendant ahead of where it stands in a cadent house', () => {
    const rising = places.reduce((a, b) => (b.fromAsc < a.fromAsc ? b : a)).chart;
    const cadent = places.filter(
      (p) => [3, 6, 9, 12].includes(p.chart.bodies[PLANET].house!) && p.fromAngles > ANGULAR_ORB,
    );
    expect(cadent.length).toBeGreaterThan(0);
    for (const place of cadent) expect(rank(rising)).toBeLessThan(rank(place.chart));
  });
});

describe('locales', () => {
  const chart = chartOf(PARIS_1990);
  const english = composeReading(chart, { locale: 'en' });

  it('falls back to English for a locale without a corpus', () => {
    for (const locale of ['xx', 'en-GB', '']) {
      expect(composeReading(chart, { locale })).toEqual(english);
    }
    expect(english.locale).toBe('en');
  });

  it.each(CORPUS_LOCALES)('composes %s entirely from its own corpus', (locale) => {
    const corpus = CORPORA[locale];
    const index = corpusIndex(corpus);
    const reading = composeReading(chart, { locale });
    expect(reading.locale).toBe(locale);
    for (const section of reading.sections) {
      for (const p of section.paragraphs) expect(trace(p, corpus, index)).toBeDefined();
    }
  });
});
