import { createTranslator } from 'next-intl';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartLabelsFrom, type ChartWheelTranslator } from '@/components/chart/localized-labels';
import type { Chart } from '@/lib/astro/chart/types';
import { degreeMinute, formatInSign } from '@/lib/chart-wheel/degree-minute';
import { SIGN_GLYPHS } from '@/lib/chart-wheel/glyphs';
import { LIGHT_PALETTE } from '@/lib/chart-wheel/theme';
import { composeReading } from '@/lib/readings/compose';
import { PARIS_1990, chartOf, parisBirth } from '@/lib/readings/compose/test-charts';
import de from '@/messages/de.json';
import es from '@/messages/es.json';
import { buildChartPdf } from './build-chart-pdf';

type Catalogue = typeof de;

function labelsIn(locale: string, messages: Catalogue) {
  const t = createTranslator({ locale, messages, namespace: 'chartWheel' });
  return chartLabelsFrom(t as unknown as ChartWheelTranslator, {
    date: '1990-05-15',
    place: 'París',
  });
}

async function pdfOf(chart: Chart, locale: string, messages: Catalogue) {
  const labels = labelsIn(locale, messages);
  return buildChartPdf({
    chart,
    locale,
    labels,
    title: messages.chart.title,
    details: ['15. Mai 1990, 14:30, París', `${messages.birth.houseSystem}: Placidus`],
    headings: {
      aspects: labels.tables.aspectGrid.caption,
      patterns: labels.tables.patternList.caption,
      reading: messages.reading.title,
    },
    reading: composeReading(chart, { locale }).sections,
  });
}

/** The PDF read back: each page's text (whitespace collapsed) and drawing operators. */
async function readBack(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: { text: string; ops: number[]; args: unknown[][] }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    const list = await page.getOperatorList();
    pages.push({ text, ops: list.fnArray, args: list.argsArray as unknown[][] });
  }
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('buildChartPdf', () => {
  const chart = chartOf(PARIS_1990);
  let bytes: Buffer;
  let pages: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    bytes = await pdfOf(chart, 'de', de);
    pages = await readBack(bytes);
  });

  it('is a PDF of several pages', () => {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('numbers every page "n / N" at its foot, and adds no page for it', () => {
    pages.forEach((page, i) => {
      expect(page.text.trim().endsWith(`${i + 1} / ${pages.length}`), page.text.slice(-40)).toBe(
        true,
      );
    });
  });

  it('lists every position with its German sign, degree°minute′ and house, umlauts intact', () => {
    // Cells of a row come back run together or spaced, depending on the line: compare without blanks.
    const all = pages
      .map((p) => p.text)
      .join('')
      .replace(/\s+/g, '');
    const signs = de.chartWheel.astro.signs;
    const bodies = de.chartWheel.astro.bodies;
    for (const id of ['sun', 'moon', 'mercury', 'venus', 'mars', 'saturn'] as const) {
      const body = chart.bodies[id];
      const sign = degreeMinute(body.lon).sign;
      const row = `${bodies[id]}${SIGN_GLYPHS[sign]}${signs[sign]}${formatInSign(body.lon)}${body.house}`;
      expect(all, id).toContain(row.replace(/\s+/g, ''));
    }
    expect(all).toContain('Häusersystem');
    expect(all).toContain('☉');
  });

  it('carries the whole reading, from its first section heading on', () => {
    const all = squash(pages.map((p) => p.text).join(' '));
    const sections = composeReading(chart, { locale: 'de' }).sections;
    expect(all).toContain(de.reading.title);
    for (const section of sections) expect(all).toContain(section.title);
    expect(all).toContain(squash(sections[0]!.paragraphs[0]!).slice(0, 60));
  });

  it('draws the wheel as vector paths in the light palette on the first page', () => {
    const first = pages[0]!;
    // pdf.js batches consecutive path segments: a page of text alone has none of these.
    const paths = first.ops.filter((op) => op === OPS.constructPath).length;
    expect(paths).toBeGreaterThan(50);
    const fills = first.ops
      .map((op, i) => (op === OPS.setFillRGBColor ? String(first.args[i]?.[0]) : null))
      .filter((c): c is string => c !== null);
    expect(fills).toContain(LIGHT_PALETTE.fire);
    expect(fills).toContain(LIGHT_PALETTE.water);
  });

  it('keeps Spanish accents and says when the birth time is unknown', async () => {
    const noon = parisBirth('1985-03-02', null);
    const es_pages = await readBack(await pdfOf(noon, 'es', es));
    const all = squash(es_pages.map((p) => p.text).join(' '));
    expect(all).toContain(es.chartWheel.tables.houses.timeUnknown);
    const first = composeReading(noon, { locale: 'es' }).sections[0]!;
    expect(all).toContain(first.title);
    expect(all).toMatch(/[áéíóúñ]/);
  });
});
