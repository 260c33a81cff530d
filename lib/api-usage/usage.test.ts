import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeys, apiUsageDaily, users } from '@/db/schema';
import {
  availableDrivers,
  createTestDatabase,
  type TestDatabase,
} from '@/db/testing/test-database';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { usagePerDay } from './usage-per-day';
import { createUsageRecorder } from './usage-recorder';

describe.each(availableDrivers())('API usage on %s', (driver) => {
  let database: TestDatabase;
  let userId: string;
  const newKey = async () =>
    (await createApiKey(database.db, { userId, name: 'k', scopes: ['charts:read'] })).apiKey.id;
  const countsOf = (keyId: string) =>
    database.db
      .select({ day: apiUsageDaily.day, route: apiUsageDaily.route, count: apiUsageDaily.count })
      .from(apiUsageDaily)
      .where(eq(apiUsageDaily.keyId, keyId))
      .orderBy(apiUsageDaily.day, apiUsageDaily.route);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const [user] = await database.db
      .insert(users)
      .values({ email: 'usage@example.test' })
      .returning({ id: users.id });
    userId = user?.id ?? '';
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('counts every call exactly when several processes flush the same rows at once', async () => {
    const keyId = await newKey();
    const route = 'POST /api/v1/charts';
    const at = new Date('2030-05-01T12:00:00Z');
    const processes = [1, 2, 3].map(() =>
      createUsageRecorder({ db: database.db, intervalMs: 60_000 }),
    );
    const perProcess = 250;
    await Promise.all(
      processes.map(async (usage) => {
        for (let i = 0; i < perProcess; i++) {
          usage.record({ keyId, route, at });
          if (i % 50 === 0) await usage.flush();
        }
      }),
    );
    await Promise.all(processes.map((usage) => usage.stop()));
    expect(await countsOf(keyId)).toEqual([{ day: '2030-05-01', route, count: 3 * perProcess }]);
  });

  it('splits counts by UTC day and route', async () => {
    const keyId = await newKey();
    const usage = createUsageRecorder({ db: database.db, intervalMs: 60_000 });
    usage.record({ keyId, route: 'GET /a', at: new Date('2030-01-01T23:59:59.999Z') });
    usage.record({ keyId, route: 'GET /a', at: new Date('2030-01-02T00:00:00Z') });
    usage.record({ keyId, route: 'GET /b', at: new Date('2030-01-02T10:00:00Z') });
    expect(usage.pending()).toBe(3);
    await usage.stop();
    expect(usage.pending()).toBe(0);
    expect(await countsOf(keyId)).toEqual([
      { day: '2030-01-01', route: 'GET /a', count: 1 },
      { day: '2030-01-02', route: 'GET /a', count: 1 },
      { day: '2030-01-02', route: 'GET /b', count: 1 },
    ]);
  });

  it('keeps the counts of a failed flush for the next one', async () => {
    const keyId = await newKey();
    const usage = createUsageRecorder({ db: database.db, intervalMs: 60_000 });
    const at = new Date('2030-02-01T00:00:00Z');
    usage.record({ keyId, route: 'GET /x', at });
    const spy = vi.spyOn(database.db, 'execute').mockRejectedValueOnce(new Error('db down'));
    await expect(usage.flush()).rejects.toThrow('db down');
    spy.mockRestore();
    usage.record({ keyId, route: 'GET /x', at });
    expect(usage.pending()).toBe(2);
    await usage.stop();
    expect(await countsOf(keyId)).toEqual([{ day: '2030-02-01', route: 'GET /x', count: 2 }]);
  });

  it('flushes by itself after the interval', async () => {
    const keyId = await newKey();
    const usage = createUsageRecorder({ db: database.db, intervalMs: 20 });
    usage.record({ keyId, route: 'GET /auto', at: new Date('2030-03-01T00:00:00Z') });
    await vi.waitFor(async () => expect(await countsOf(keyId)).toHaveLength(1), {
      timeout: 5_000,
    });
    await usage.stop();
  });

  it('drops counts of a key deleted meanwhile without losing the others', async () => {
    const [kept, deleted] = [await newKey(), await newKey()];
    const usage = createUsageRecorder({ db: database.db, intervalMs: 60_000 });
    const at = new Date('2030-04-01T00:00:00Z');
    usage.record({ keyId: kept, route: 'GET /y', at });
    usage.record({ keyId: deleted, route: 'GET /y', at });
    await database.db.delete(apiKeys).where(eq(apiKeys.id, deleted));
    await usage.stop();
    expect(await countsOf(kept)).toHaveLength(1);
    expect(usage.pending()).toBe(0);
  });

  it("answers a user's calls per day over all keys and routes, zero-filled", async () => {
    const [user] = await database.db
      .insert(users)
      .values({ email: 'chart@example.test' })
      .returning({ id: users.id });
    const owner = user?.id ?? '';
    const keyOf = async () =>
      (await createApiKey(database.db, { userId: owner, name: 'c', scopes: ['places:read'] }))
        .apiKey.id;
    const [k1, k2] = [await keyOf(), await keyOf()];
    const usage = createUsageRecorder({ db: database.db, intervalMs: 60_000 });
    const day = (d: string) => new Date(`${d}T08:00:00Z`);
    usage.record({ keyId: k1, route: 'GET /p', at: day('2030-06-01') });
    usage.record({ keyId: k1, route: 'GET /q', at: day('2030-06-03') });
    usage.record({ keyId: k2, route: 'GET /p', at: day('2030-06-03') });
    usage.record({ keyId: k2, route: 'GET /p', at: day('2030-05-20') });
    await usage.stop();

    const now = new Date('2030-06-03T23:00:00Z');
    expect(await usagePerDay(database.db, { userId: owner, days: 3, now })).toEqual([
      { day: '2030-06-01', count: 1 },
      { day: '2030-06-02', count: 0 },
      { day: '2030-06-03', count: 2 },
    ]);
    expect(await usagePerDay(database.db, { userId: owner, days: 1, keyId: k2, now })).toEqual([
      { day: '2030-06-03', count: 1 },
    ]);
    expect(await usagePerDay(database.db, { userId, days: 3, now })).toEqual([
      { day: '2030-06-01', count: 0 },
      { day: '2030-06-02', count: 0 },
      { day: '2030-06-03', count: 0 },
    ]);
  });
});
