import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { loadChart } from '@/lib/charts/load-chart';
import { famousChart, famousPlaceLabel, storeFamousChart } from './famous-chart';
import { getFamous } from './get-famous';
import type { FamousPerson } from './schema';

function person(id: string): FamousPerson {
  const found = getFamous(id);
  if (!found) throw new Error(`${id} missing from the dataset`);
  return found;
}

describe('storeFamousChart', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('stores a chart that loads back as the person’s birth and chart', async () => {
    const einstein = person('albert-einstein');
    const hash = await storeFamousChart(database.db, einstein);
    const loaded = await loadChart(database.db, hash);
    expect(loaded?.birth).toMatchObject({
      date: '1879-03-14',
      time: '11:30',
      zone: 'Europe/Berlin',
      placeLabel: famousPlaceLabel(einstein),
    });
    expect(loaded?.chart.bodies.sun.sign).toBe('pisces');
    expect(loaded?.chart.hash).toBe(famousChart(einstein).hash);
  });

  it('is idempotent: one row per person', async () => {
    const curie = person('marie-curie');
    const first = await storeFamousChart(database.db, curie);
    const second = await storeFamousChart(database.db, curie);
    expect(second).toBe(first);
    const rows = await database.db.select().from(charts);
    expect(rows.filter((row) => row.hash === first)).toHaveLength(1);
  });

  it('stores an unknown birth time as a chart without houses', async () => {
    const hash = await storeFamousChart(database.db, person('marie-curie'));
    const loaded = await loadChart(database.db, hash);
    expect(loaded?.birth.time).toBeNull();
    expect(loaded?.chart.houses).toBeNull();
  });
});

describe('famousPlaceLabel', () => {
  it('names the town, region and country once each', () => {
    expect(famousPlaceLabel(person('albert-einstein'))).toBe('Ulm, Baden-Wurttemberg, DE');
  });
});

describe('famousChart', () => {
  it('follows the zodiac asked for, so a sidereal chart is compared with a sidereal one', () => {
    const einstein = person('albert-einstein');
    const tropical = famousChart(einstein).bodies.sun.lon;
    const sidereal = famousChart(einstein, { zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } })
      .bodies.sun.lon;
    // Lahiri's ayanamsa in 1879 is about 22°.
    expect((tropical - sidereal + 360) % 360).toBeGreaterThan(21);
    expect((tropical - sidereal + 360) % 360).toBeLessThan(23);
  });
});
