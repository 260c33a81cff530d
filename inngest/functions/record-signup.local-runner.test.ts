import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, signupDaily, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { LocalRunner } from '@/lib/jobs/local-runner/local-runner';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { recordSignup } from './record-signup';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  publish: vi.fn(async (..._args: unknown[]) => ({ ok: true as const })),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/realtime/publish', () => ({ publish: mocks.publish }));
// The real implementations, wrapped so the test can count and sabotage invocations.
vi.mock('@/lib/audit/record-audit', async (original) => {
  const real = await original<typeof import('@/lib/audit/record-audit')>();
  return { recordAudit: vi.fn(real.recordAudit) };
});
vi.mock('@/lib/analytics/signup-rollup', async (original) => {
  const real = await original<typeof import('@/lib/analytics/signup-rollup')>();
  return { ...real, refreshSignupRollup: vi.fn(real.refreshSignupRollup) };
});

const { recordAudit } = await import('@/lib/audit/record-audit');
const { refreshSignupRollup } = await import('@/lib/analytics/signup-rollup');
const realRecordAudit = vi.mocked(recordAudit).getMockImplementation()!;

let database: TestDatabase;
let runner: LocalRunner;
const day = '2025-06-10';

async function signUp(userId: string, at: string) {
  await database.db
    .insert(users)
    .values({ id: userId, email: `${userId}@x.test`, createdAt: new Date(at) });
  const { runs } = runner.send({ name: 'user/signed-up', data: { userId, at } });
  expect(runs).toHaveLength(1);
  return runs[0]!.result;
}

async function auditRows(userId: string) {
  return database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.dedupeKey, `signup:${userId}`));
}

async function rollupCount(): Promise<number | undefined> {
  const [row] = await database.db.select().from(signupDaily).where(eq(signupDaily.day, day));
  return row?.count;
}

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  runner = new LocalRunner({
    jobs: [recordSignup],
    logger: pino({ level: 'silent' }),
    backoff: { baseMs: 1, maxMs: 5 },
  });
});
afterAll(async () => {
  await runner.stop();
  await database.destroy();
});
beforeEach(() => {
  vi.mocked(recordAudit).mockClear();
  vi.mocked(refreshSignupRollup).mockClear();
  mocks.publish.mockClear();
});

describe('record-signup on the local runner', () => {
  it('runs end to end: audit row written, rollup counted, admins notified', async () => {
    const outcome = await signUp('a', `${day}T08:00:00.000Z`);
    expect(outcome).toEqual({
      status: 'completed',
      output: { day, count: 1, notified: true },
    });
    expect(await auditRows('a')).toHaveLength(1);
    expect(await rollupCount()).toBe(1);
    expect(mocks.publish).toHaveBeenCalledWith('admin', 'signup', { day, count: 1 });
  });

  it('retries a failed step without repeating the completed ones', async () => {
    mocks.publish.mockRejectedValueOnce(new Error('sidecar crashed'));
    const outcome = await signUp('b', `${day}T09:00:00.000Z`);
    expect(outcome).toMatchObject({ status: 'completed', output: { count: 2 } });
    expect(recordAudit).toHaveBeenCalledTimes(1);
    expect(refreshSignupRollup).toHaveBeenCalledTimes(1);
    expect(mocks.publish).toHaveBeenCalledTimes(2);
  });

  it('writes the audit row once when the audit step is retried after its insert', async () => {
    vi.mocked(recordAudit).mockImplementationOnce(async (db, input) => {
      await realRecordAudit(db, input);
      throw new Error('connection lost after commit');
    });
    const outcome = await signUp('c', `${day}T10:00:00.000Z`);
    expect(outcome.status).toBe('completed');
    expect(recordAudit).toHaveBeenCalledTimes(2);
    expect(await auditRows('c')).toHaveLength(1);
    expect(await rollupCount()).toBe(3);
  });

  it('gives up after 3 retries of a step and leaves earlier steps done', async () => {
    vi.mocked(refreshSignupRollup).mockRejectedValue(new Error('database down'));
    try {
      const outcome = await signUp('d', `${day}T11:00:00.000Z`);
      expect(outcome.status).toBe('failed');
      expect(refreshSignupRollup).toHaveBeenCalledTimes(4);
      expect(recordAudit).toHaveBeenCalledTimes(1);
      expect(mocks.publish).not.toHaveBeenCalled();
      expect(await auditRows('d')).toHaveLength(1);
    } finally {
      vi.mocked(refreshSignupRollup).mockReset();
    }
  });
});
