import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, signupDaily, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { recordSignup } from './record-signup';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  publish: vi.fn(async () => ({ ok: true as const })),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/realtime/publish', () => ({ publish: mocks.publish }));

let database: TestDatabase;
const at = '2025-06-10T09:00:00.000Z';

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  await database.db.insert(users).values([
    { id: 'u1', email: 'u1@example.com', createdAt: new Date(at) },
    { id: 'u0', email: 'u0@example.com', createdAt: new Date('2025-06-10T01:00:00Z') },
  ]);
});
afterAll(() => database.destroy());
beforeEach(() => mocks.publish.mockClear());

// A fresh engine per test: an engine memoises step results by id across its executions.
function engine(): InngestTestEngine {
  return new InngestTestEngine({
    function: recordSignup.inngest,
    events: [{ name: 'user/signed-up', data: { userId: 'u1', email: 'u1@example.com', at } }],
  });
}

describe('record-signup (Inngest test engine)', () => {
  it('audits, refreshes the rollup and notifies admins, in that order', async () => {
    const { ctx, result } = await engine().execute();
    const stepIds = vi.mocked(ctx.step.run).mock.calls.map(([id]) => id);
    expect(stepIds).toEqual(['record-audit', 'refresh-signup-rollup', 'notify-admins']);
    expect(result).toEqual({ day: '2025-06-10', count: 2, notified: true });
    expect(mocks.publish).toHaveBeenCalledWith('admin', 'signup', { day: '2025-06-10', count: 2 });

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.actorId, 'u1'));
    expect(audit).toMatchObject([
      { action: 'user.signed_up', subject: 'user:u1', dedupeKey: 'signup:u1' },
    ]);
    expect(audit[0]?.at.toISOString()).toBe(at);
    const [rollup] = await database.db.select().from(signupDaily);
    expect(rollup).toMatchObject({ day: '2025-06-10', count: 2 });
  });

  it('publishes the count that the rollup step returned', async () => {
    const { result } = await engine().execute({
      steps: [{ id: 'refresh-signup-rollup', handler: () => [{ day: '2025-06-10', count: 41 }] }],
    });
    expect(mocks.publish).toHaveBeenCalledWith('admin', 'signup', { day: '2025-06-10', count: 41 });
    expect(result).toMatchObject({ count: 41 });
  });

  it('still completes when the realtime sidecar is unreachable', async () => {
    mocks.publish.mockResolvedValueOnce({ ok: false, error: 'unreachable' } as never);
    const { result } = await engine().execute();
    expect(result).toMatchObject({ notified: false });
  });
});
