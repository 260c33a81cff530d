import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { recordAudit } from './record-audit';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  await database.db.insert(users).values({ id: 'u1', email: 'u1@example.com' });
});
afterAll(() => database.destroy());

describe('recordAudit', () => {
  it('inserts a row with the given fields', async () => {
    const result = await recordAudit(database.db, {
      action: 'user.signed_up',
      actorId: 'u1',
      subject: 'user:u1',
      data: { via: 'test' },
    });
    expect(result.inserted).toBe(true);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.subject, 'user:u1'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'user.signed_up',
      actorId: 'u1',
      data: { via: 'test' },
    });
  });

  it('writes one row per dedupe key, however often it is called', async () => {
    const entry = { action: 'user.signed_up', actorId: 'u1', dedupeKey: 'signup:u1' };
    const results = await Promise.all([
      recordAudit(database.db, entry),
      recordAudit(database.db, entry),
    ]);
    const again = await recordAudit(database.db, entry);
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(again.inserted).toBe(false);
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.dedupeKey, 'signup:u1'));
    expect(rows).toHaveLength(1);
  });

  it('does not dedupe entries without a key', async () => {
    await recordAudit(database.db, { action: 'demo.ping' });
    await recordAudit(database.db, { action: 'demo.ping' });
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'demo.ping'));
    expect(rows).toHaveLength(2);
  });
});
