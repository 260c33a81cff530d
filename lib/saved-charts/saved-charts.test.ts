import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availableDrivers,
  createTestDatabase,
  type TestDatabase,
} from '@/db/testing/test-database';
import { charts, type StoredBirthData } from '@/db/schema';
import { insertTestUser } from '@/db/testing/insert-test-user';
import { AppError } from '@/lib/errors/app-error';
import { deleteSavedChart } from './delete-saved-chart';
import { findSavedChartByHash, getSavedChart } from './get-saved-chart';
import { listSavedCharts, listSavedChartTags } from './list-saved-charts';
import { openSavedChart } from './open-saved-chart';
import { saveChart } from './save-chart';
import { renameSavedChart, updateTags } from './update-saved-chart';

function birth(place: string): StoredBirthData {
  return {
    date: '1990-05-15',
    time: '14:30',
    placeLabel: place,
    zone: 'Europe/Paris',
    offsetMinutes: 120,
    rule: 'iana',
  };
}

async function expectCode(promise: Promise<unknown>, code: string, message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toBe(message);
}

describe.each(availableDrivers())('saved charts on %s', (driver) => {
  let database: TestDatabase;
  const hashes = Array.from({ length: 5 }, (_, i) => `chart${i}hash-abcdef`);

  const newUser = (name: string) => insertTestUser(database.db, name, { name });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db.insert(charts).values(
      hashes.map((hash, i) => ({
        hash,
        input: {
          utc: '1990-05-15T12:30:00.000Z',
          latitude: 48.85,
          longitude: 2.35,
          timeUnknown: false,
          houseSystem: 'placidus',
          zodiac: { kind: 'tropical' as const },
        },
        birth: birth(`Place ${i}`),
        engineVersion: 'test',
      })),
    );
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('saves with normalized tags, and saving again updates the one row', async () => {
    const userId = await newUser('ada');
    const first = await saveChart(database.db, {
      userId,
      chartHash: hashes[0]!,
      name: '  Me  ',
      tags: ['Family', ' family ', '', 'work'],
    });
    expect(first.name).toBe('Me');
    expect(first.tags).toEqual(['family', 'work']);
    expect(first.birth.placeLabel).toBe('Place 0');

    const again = await saveChart(database.db, {
      userId,
      chartHash: hashes[0]!,
      name: 'Myself',
      tags: ['friends'],
    });
    expect(again.id).toBe(first.id);
    expect(again.createdAt.getTime()).toBe(first.createdAt.getTime());
    expect(again.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    const { items } = await listSavedCharts(database.db, { userId, limit: 10 });
    expect(items.map((i) => [i.name, i.tags])).toEqual([['Myself', ['friends']]]);
  });

  it('refuses bad names, tags and unknown charts with message codes', async () => {
    const userId = await newUser('bad');
    const save = (over: object) =>
      saveChart(database.db, { userId, chartHash: hashes[1]!, name: 'x', tags: [], ...over });
    await expectCode(save({ name: '   ' }), 'validation_failed', 'name_required');
    await expectCode(save({ name: 'n'.repeat(101) }), 'validation_failed', 'name_too_long');
    await expectCode(save({ tags: ['t'.repeat(31)] }), 'validation_failed', 'tag_too_long');
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    await expectCode(save({ tags: eleven }), 'validation_failed', 'too_many_tags');
    await expectCode(save({ chartHash: 'nosuchchart-123' }), 'not_found', 'chart_unknown');
    expect(await save({ name: 'n'.repeat(100), tags: eleven.slice(0, 10) })).toMatchObject({
      tags: eleven.slice(0, 10),
    });
  });

  it('keeps one row when the same person saves one chart twice at once', async () => {
    const userId = await newUser('racer');
    const results = await Promise.all(
      ['First', 'Second'].map((name) =>
        saveChart(database.db, { userId, chartHash: hashes[1]!, name }),
      ),
    );
    expect(results[0]!.id).toBe(results[1]!.id);
    const { items } = await listSavedCharts(database.db, { userId, limit: 10 });
    expect(items).toHaveLength(1);
  });

  it('does not pass off an unknown user as an unknown chart', async () => {
    const error = await saveChart(database.db, {
      userId: 'no-such-user',
      chartHash: hashes[1]!,
      name: 'Ghost',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
  });

  it('lists newest first in pages, and filters by tag', async () => {
    const userId = await newUser('pager');
    for (const [i, hash] of hashes.entries()) {
      await saveChart(database.db, {
        userId,
        chartHash: hash,
        name: `Chart ${i}`,
        tags: i % 2 === 0 ? ['even'] : ['odd'],
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listSavedCharts(database.db, { userId, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Chart 4', 'Chart 3', 'Chart 2', 'Chart 1', 'Chart 0']);

    const even = await listSavedCharts(database.db, { userId, tag: 'EVEN', limit: 10 });
    expect(even.items.map((i) => i.name)).toEqual(['Chart 4', 'Chart 2', 'Chart 0']);
    expect(even.nextCursor).toBeNull();
    expect(await listSavedChartTags(database.db, userId)).toEqual(['even', 'odd']);
  });

  it('renames, retags and deletes', async () => {
    const userId = await newUser('editor');
    const saved = await saveChart(database.db, {
      userId,
      chartHash: hashes[2]!,
      name: 'Old',
      tags: ['a'],
    });
    expect((await renameSavedChart(database.db, { userId, id: saved.id, name: 'New' })).name).toBe(
      'New',
    );
    await expectCode(
      renameSavedChart(database.db, { userId, id: saved.id, name: '' }),
      'validation_failed',
      'name_required',
    );
    expect(
      (await updateTags(database.db, { userId, id: saved.id, tags: ['B', 'c'] })).tags,
    ).toEqual(['b', 'c']);
    expect((await getSavedChart(database.db, { userId, id: saved.id })).name).toBe('New');
    await deleteSavedChart(database.db, { userId, id: saved.id });
    await expectCode(getSavedChart(database.db, { userId, id: saved.id }), 'not_found');
    await expectCode(deleteSavedChart(database.db, { userId, id: saved.id }), 'not_found');
    expect(await findSavedChartByHash(database.db, { userId, chartHash: hashes[2]! })).toBeNull();
  });

  it("keeps each user's saved charts private", async () => {
    const alice = await newUser('alice');
    const bob = await newUser('bob');
    const mine = await saveChart(database.db, {
      userId: alice,
      chartHash: hashes[3]!,
      name: 'Alice private',
      tags: ['secret'],
    });
    const asBob = { userId: bob, id: mine.id };

    expect((await listSavedCharts(database.db, { userId: bob, limit: 50 })).items).toEqual([]);
    expect(
      (await listSavedCharts(database.db, { userId: bob, tag: 'secret', limit: 50 })).items,
    ).toEqual([]);
    expect(await listSavedChartTags(database.db, bob)).toEqual([]);
    expect(
      await findSavedChartByHash(database.db, { userId: bob, chartHash: hashes[3]! }),
    ).toBeNull();
    // Same answer as for an id that never existed, so Bob learns nothing.
    await expectCode(getSavedChart(database.db, asBob), 'not_found', 'saved_chart_not_found');
    await expectCode(
      getSavedChart(database.db, { userId: bob, id: crypto.randomUUID() }),
      'not_found',
      'saved_chart_not_found',
    );
    await expectCode(getSavedChart(database.db, { userId: bob, id: 'not-a-uuid' }), 'not_found');
    await expectCode(renameSavedChart(database.db, { ...asBob, name: 'Pwned' }), 'not_found');
    await expectCode(updateTags(database.db, { ...asBob, tags: ['pwned'] }), 'not_found');
    await expectCode(deleteSavedChart(database.db, asBob), 'not_found');

    // Bob saving the same chart makes his own row; Alice's is untouched.
    const bobs = await saveChart(database.db, {
      userId: bob,
      chartHash: hashes[3]!,
      name: 'Bob copy',
    });
    expect(bobs.id).not.toBe(mine.id);
    const still = await getSavedChart(database.db, { userId: alice, id: mine.id });
    expect(still).toMatchObject({ name: 'Alice private', tags: ['secret'] });
  });

  it('opens a saved chart with its chart for its owner, and for nobody else', async () => {
    const alice = await newUser('owner');
    const bob = await newUser('stranger');
    const mine = await saveChart(database.db, {
      userId: alice,
      chartHash: hashes[4]!,
      name: 'Aunt Rose',
      tags: ['family'],
    });

    const opened = await openSavedChart(database.db, { userId: alice, id: mine.id });
    expect(opened.saved).toMatchObject({ id: mine.id, name: 'Aunt Rose', tags: ['family'] });
    expect(opened.chart.utc).toBe('1990-05-15T12:30:00.000Z');
    expect(opened.chart.bodies.sun.sign).toBe('taurus');

    // Another user, an id that never existed and a malformed one get the same answer.
    for (const ref of [
      { userId: bob, id: mine.id },
      { userId: bob, id: crypto.randomUUID() },
      { userId: bob, id: '../../etc' },
    ]) {
      await expectCode(openSavedChart(database.db, ref), 'not_found', 'saved_chart_not_found');
    }

    // Bob saving the same chart opens his own entry, never Alice's name or tags.
    const bobs = await saveChart(database.db, { userId: bob, chartHash: hashes[4]!, name: 'Rose' });
    await expectCode(openSavedChart(database.db, { userId: bob, id: mine.id }), 'not_found');
    expect((await openSavedChart(database.db, { userId: bob, id: bobs.id })).saved).toMatchObject({
      name: 'Rose',
      tags: [],
    });

    await deleteSavedChart(database.db, { userId: alice, id: mine.id });
    await expectCode(openSavedChart(database.db, { userId: alice, id: mine.id }), 'not_found');
  });

  it('a bad cursor starts from the top instead of failing', async () => {
    const userId = await newUser('cursor');
    await saveChart(database.db, { userId, chartHash: hashes[4]!, name: 'Only' });
    const page = await listSavedCharts(database.db, { userId, limit: 5, cursor: 'garbage' });
    expect(page.items.map((i) => i.name)).toEqual(['Only']);
  });
});
