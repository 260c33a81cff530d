import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import pt from '@/messages/pt.json';
import { ENGLISH_LABELS } from '@/lib/chart-wheel/english-labels';
import { fillTemplate } from '@/lib/chart-wheel/labels';
import { ENGLISH_TABLE_LABELS } from './english-table-labels';
import {
  chartLabelsFrom,
  type ChartWheelTranslator,
  type WheelTitleValues,
} from './localized-labels';

const CATALOGUES: Record<Locale, typeof en> = { en, es, de, fr, pt };

/** A stand-in for next-intl's translator over one catalogue's `chartWheel` namespace. */
function translatorFor(locale: Locale): ChartWheelTranslator {
  const messages = CATALOGUES[locale].chartWheel;
  return Object.assign(
    (_key: 'title', values: WheelTitleValues) => fillTemplate(messages.title, values),
    { raw: (key: 'astro' | 'templates' | 'tables'): unknown => messages[key] },
  );
}

function labelsIn(locale: Locale) {
  return chartLabelsFrom(translatorFor(locale), { date: '1990-05-15', place: 'Paris, France' });
}

describe('chartLabelsFrom', () => {
  it('gives back the English reference labels from the English catalogue', () => {
    const { wheel, tables } = labelsIn('en');
    expect({ ...wheel, title: ENGLISH_LABELS.title }).toEqual(ENGLISH_LABELS);
    expect(tables).toEqual(ENGLISH_TABLE_LABELS);
  });

  it('names the chart in the title and keeps the templates raw', () => {
    const { wheel, tables } = labelsIn('de');
    expect(wheel.title).toBe('Horoskopkreis: geboren 1990-05-15, Paris, France');
    expect(wheel.templates.placementInHouse).toContain('{house}');
    expect(tables.aspectGrid.cell).toContain('{orb}');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('translates the vocabulary in %s', (locale) => {
    const { wheel, tables } = labelsIn(locale);
    const english = ENGLISH_LABELS;
    expect(wheel.signs.taurus).not.toBe(english.signs.taurus);
    expect(wheel.bodies.moon).not.toBe(english.bodies.moon);
    expect(tables.houses.caption).not.toBe(ENGLISH_TABLE_LABELS.houses.caption);
    expect(tables.aspectGrid.motionMarks.exact).toBe('');
  });
});
