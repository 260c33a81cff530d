import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { signupDaily, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { refreshSignupRollup, signupsPerDay } from './signup-rollup';

let database: TestDatabase;
const now = new Date('2025-06-10T12:00:00Z');

async function addUser(id: string, createdAt: string): Promise<void> {
  await database.db
    .insert(users)
    .values({ id, email: `${id}@example.com`, createdAt: new Date(createdAt) });
}

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  await addUser('a', '2025-06-08T00:00:00Z');
  await addUser('b', '2025-06-08T23:59:59Z');
  // 01:30 in Berlin is still 9 June in UTC.
  await addUser('c', '2025-06-10T01:30:00+02:00');
  await addUser('d', '2025-06-10T11:00:00Z');
  await addUser('old', '2025-05-01T10:00:00Z');
});
afterAll(() => database.destroy());

describe('refreshSignupRollup', () => {
  it('counts users per UTC day over the window, zeros included', async () => {
    const result = await refreshSignupRollup(database.db, { days: 4, now });
    expect(result).toEqual([
      { day: '2025-06-07', count: 0 },
      { day: '2025-06-08', count: 2 },
      { day: '2025-06-09', count: 1 },
      { day: '2025-06-10', count: 1 },
    ]);
    const stored = await database.db.select().from(signupDaily);
    expect(stored.map((r) => [r.day, r.count]).sort()).toEqual(result.map((r) => [r.day, r.count]));
  });

  it('overwrites a stale count on the next refresh and is idempotent', async () => {
    await addUser('e', '2025-06-10T11:30:00Z');
    await refreshSignupRollup(database.db, { days: 1, now });
    await refreshSignupRollup(database.db, { days: 1, now });
    const [row] = await database.db
      .select()
      .from(signupDaily)
      .where(eq(signupDaily.day, '2025-06-10'));
    expect(row?.count).toBe(2);
  });

  it('lowers a count when users are gone', async () => {
    await database.db.delete(users).where(eq(users.id, 'e'));
    const [today] = await refreshSignupRollup(database.db, { days: 1, now });
    expect(today).toEqual({ day: '2025-06-10', count: 1 });
  });

  it('serialises concurrent refreshes without losing any', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => refreshSignupRollup(database.db, { days: 4, now })),
    );
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
  });
});

describe('signupsPerDay', () => {
  it('reads the rollup for the window, oldest first, filling missing days with 0', async () => {
    const series = await signupsPerDay(database.db, { days: 5, now });
    expect(series).toEqual([
      { day: '2025-06-06', count: 0 },
      { day: '2025-06-07', count: 0 },
      { day: '2025-06-08', count: 2 },
      { day: '2025-06-09', count: 1 },
      { day: '2025-06-10', count: 1 },
    ]);
  });
});
