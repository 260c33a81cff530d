import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { createChart } from '@/lib/charts/create-chart';
import { loadChart } from '@/lib/charts/load-chart';
import type { Chart } from '@/lib/astro/chart/types';
import { composeReading } from './compose';
import { documentReading } from './document-reading';
import { claimReading, setReadingStatus, storeSection } from './store/reading-writes';

let database: TestDatabase;
let chartHash: string;
let chart: Chart;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  const created = await createChart(database.db, {
    date: '1990-05-15',
    time: '14:30',
    placeId: 2988507,
  });
  if (created.kind !== 'chart') throw new Error('expected a chart');
  chartHash = created.hash;
  chart = (await loadChart(database.db, chartHash))!.chart;
});
afterAll(() => database?.destroy());

const enriched = {
  sectionId: 'overview',
  position: 0,
  title: 'Überblick',
  paragraphs: ['Ein angereicherter Text.'],
};

describe('documentReading', () => {
  it('composes the built-in text while the job has not finished', async () => {
    const key = { chartHash, locale: 'de' };
    await claimReading(database.db, { ...key, requestedBy: null });
    await storeSection(database.db, key, enriched);
    const sections = await documentReading(database.db, chart, key);
    const composed = composeReading(chart, { locale: 'de' }).sections;
    expect(sections).toEqual(composed.map(({ title, paragraphs }) => ({ title, paragraphs })));
  });

  it('prints the stored reading once its job is done', async () => {
    const key = { chartHash, locale: 'de' };
    await setReadingStatus(database.db, key, 'done', 1);
    expect(await documentReading(database.db, chart, key)).toEqual([
      { title: enriched.title, paragraphs: enriched.paragraphs },
    ]);
  });

  it('composes a reading nobody asked for yet, in its locale', async () => {
    const sections = await documentReading(database.db, chart, { chartHash, locale: 'pt' });
    expect(sections[0]?.title).toBe(composeReading(chart, { locale: 'pt' }).sections[0]?.title);
  });
});
