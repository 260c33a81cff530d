import { InngestTestEngine } from '@inngest/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signupDaily, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { utcDay } from '@/lib/analytics/utc-days';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { ROLLUP_WINDOW_DAYS, rollupSignupsCron } from './rollup-signups-cron';

const mocks = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));

let database: TestDatabase;
const DAY_MS = 86_400_000;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  const now = Date.now();
  await database.db.insert(users).values([
    { id: 'today', email: 't@x.test', createdAt: new Date(now) },
    { id: 'yesterday', email: 'y@x.test', createdAt: new Date(now - DAY_MS) },
    { id: 'long-ago', email: 'l@x.test', createdAt: new Date(now - 30 * DAY_MS) },
  ]);
});
afterAll(() => database.destroy());

describe('rollup-signups-cron', () => {
  it('is scheduled every 15 minutes', () => {
    expect(rollupSignupsCron.triggers).toEqual([{ cron: '*/15 * * * *' }]);
  });

  it('recomputes the recent window from users', async () => {
    const engine = new InngestTestEngine({
      function: rollupSignupsCron.inngest,
      events: [{ name: 'inngest/scheduled.timer', data: { cron: '*/15 * * * *' } }],
    });
    const { ctx, result } = await engine.execute();
    expect(ctx.step.run).toHaveBeenCalledWith('refresh-signup-rollup', expect.any(Function));
    expect(result).toEqual({ days: ROLLUP_WINDOW_DAYS, total: 2 });
    const rows = await database.db.select().from(signupDaily);
    expect(rows).toHaveLength(ROLLUP_WINDOW_DAYS);
    const today = rows.find((r) => r.day === utcDay(new Date()));
    expect(today?.count).toBeGreaterThanOrEqual(1);
  });
});
