import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import type { Database } from '@/db/client';
import { insertTestUser } from '@/db/testing/insert-test-user';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { PATCH } from './route';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  userId: undefined as string | undefined,
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/auth/auth', () => ({
  auth: async () => (mocks.userId ? { user: { id: mocks.userId } } : null),
}));

const ORIGIN = 'https://orrery.test';

function patch(id: string, body: unknown) {
  const request = new Request(`${ORIGIN}/api/admin/api-keys/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify(body),
  });
  return PATCH(request, { params: Promise.resolve({ id }) });
}

let database: TestDatabase;
let admin: string;
let customer: string;

const newUser = (role: 'admin' | 'user') => insertTestUser(database.db, role, { role });

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  admin = await newUser('admin');
  customer = await newUser('user');
});
afterAll(async () => {
  await database?.destroy();
});
beforeEach(() => {
  mocks.userId = admin;
});

const issue = async () =>
  (await createApiKey(database.db, { userId: customer, name: 'k', scopes: ['places:read'] }))
    .apiKey;

describe('PATCH /api/admin/api-keys/{id}', () => {
  it('moves any user’s key to another plan and audits who did it', async () => {
    const key = await issue();
    const response = await patch(key.id, { plan: 'basic' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { apiKey: { plan: string } }).apiKey.plan).toBe('basic');
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subject, `api_key:${key.id}`));
    expect(entry).toMatchObject({
      action: 'api_key.plan_changed',
      actorId: admin,
      data: { plan: 'basic' },
    });
  });

  it('is refused to a signed-in non-admin (403) and to nobody (401)', async () => {
    const key = await issue();
    mocks.userId = customer;
    expect((await patch(key.id, { plan: 'premium' })).status).toBe(403);
    mocks.userId = undefined;
    expect((await patch(key.id, { plan: 'premium' })).status).toBe(401);
  });

  it('refuses unknown plans, extra fields and unknown keys', async () => {
    const key = await issue();
    for (const body of [{ plan: 'gold' }, { plan: 'basic', perMinute: 5 }, {}]) {
      const response = await patch(key.id, body);
      expect(response.status).toBe(422);
    }
    expect((await patch('no-such-key', { plan: 'basic' })).status).toBe(404);
  });
});
