import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { createChart } from '@/lib/charts/create-chart';
import { awaitFirstSection } from './await-first-section';
import { readingState } from './store/reading-state';
import { claimReading, setReadingStatus, storeSection } from './store/reading-writes';

let database: TestDatabase;
let chartHash: string;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  const created = await createChart(database.db, {
    date: '1990-05-15',
    time: '14:30',
    placeId: 2988507,
  });
  if (created.kind !== 'chart') throw new Error('expected a chart');
  chartHash = created.hash;
});
afterAll(() => database?.destroy());

const section = { sectionId: 'overview', position: 0, title: 'Overview', paragraphs: ['Text.'] };

describe('awaitFirstSection', () => {
  it('answers as soon as a section is stored, not at the deadline', async () => {
    const key = { chartHash, locale: 'en' };
    await claimReading(database.db, { ...key, requestedBy: null });
    const current = await readingState(database.db, key);
    expect(current.sections).toEqual([]);
    setTimeout(() => void storeSection(database.db, key, section), 100);
    const started = Date.now();
    const state = await awaitFirstSection(database.db, key, { current, timeoutMs: 5000 });
    expect(state.sections).toEqual([section]);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('gives up at the deadline with what is stored', async () => {
    const key = { chartHash, locale: 'de' };
    await claimReading(database.db, { ...key, requestedBy: null });
    const current = await readingState(database.db, key);
    const started = Date.now();
    const state = await awaitFirstSection(database.db, key, { current, timeoutMs: 150 });
    expect(state).toMatchObject({ status: 'pending', sections: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('does not wait for a reading that failed', async () => {
    const key = { chartHash, locale: 'fr' };
    await claimReading(database.db, { ...key, requestedBy: null });
    await setReadingStatus(database.db, key, 'failed');
    const current = await readingState(database.db, key);
    const started = Date.now();
    const state = await awaitFirstSection(database.db, key, { current, timeoutMs: 5000 });
    expect(state.status).toBe('failed');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
