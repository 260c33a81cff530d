import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, users } from '@/db/schema';
import {
  availableDrivers,
  createTestDatabase,
  type TestDatabase,
} from '@/db/testing/test-database';
import { AppError, type ErrorCode } from '@/lib/errors/app-error';
import { authenticateApiKey } from './authenticate-api-key';
import { createApiKey, MAX_ACTIVE_KEYS } from './create-api-key';
import { hashApiKey } from './hash-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';
import { rollApiKey } from './roll-api-key';
import { LAST_USED_RESOLUTION_MS, touchLastUsed } from './touch-last-used';

async function codeOf(run: Promise<unknown>): Promise<ErrorCode | 'resolved'> {
  try {
    await run;
    return 'resolved';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe.each(availableDrivers())('API keys on %s', (driver) => {
  let database: TestDatabase;
  let userId: string;
  let otherUserId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const rows = await database.db
      .insert(users)
      .values([{ email: 'owner@example.test' }, { email: 'other@example.test' }])
      .returning({ id: users.id });
    userId = rows[0]?.id ?? '';
    otherUserId = rows[1]?.id ?? '';
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('stores only the hash and prefix, never the secret', async () => {
    const { secret, apiKey } = await createApiKey(database.db, {
      userId,
      name: 'CI',
      scopes: ['charts:read', 'charts:read', 'places:read'],
    });
    expect(apiKey).not.toHaveProperty('hash');
    expect(apiKey.scopes).toEqual(['charts:read', 'places:read']);
    expect(apiKey.plan).toBe('free');
    expect(apiKey.environment).toBe('live');
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const stored = await database.db.execute(sql`select * from api_keys where id = ${apiKey.id}`);
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain(secret);
    expect(dump).toContain(hashApiKey(secret));
  });

  it('refuses unknown scopes and empty names', async () => {
    const attempt = (options: { name: string; scopes: string[] }) =>
      createApiKey(database.db, { userId, ...options } as Parameters<typeof createApiKey>[1]);
    await expect(attempt({ name: 'x', scopes: ['charts:delete'] })).rejects.toThrow();
    await expect(attempt({ name: 'x', scopes: [] })).rejects.toThrow();
    await expect(attempt({ name: '  ', scopes: ['charts:read'] })).rejects.toThrow();
  });

  it('authenticates a key and refuses unknown, malformed and revoked ones', async () => {
    const { secret, apiKey } = await createApiKey(database.db, {
      userId,
      name: 'auth',
      scopes: ['readings:read'],
      environment: 'test',
    });
    const found = await authenticateApiKey(database.db, { key: secret });
    expect(found.id).toBe(apiKey.id);
    expect(found).not.toHaveProperty('hash');

    const unknown = (
      await createApiKey(database.db, { userId, name: 'tmp', scopes: ['places:read'] })
    ).secret;
    await database.db.delete(apiKeys).where(eq(apiKeys.hash, hashApiKey(unknown)));
    expect(await codeOf(authenticateApiKey(database.db, { key: unknown }))).toBe('api_key_invalid');
    expect(await codeOf(authenticateApiKey(database.db, { key: 'ork_live_nope' }))).toBe(
      'api_key_invalid',
    );

    await revokeApiKey(database.db, { userId, keyId: apiKey.id });
    expect(await codeOf(authenticateApiKey(database.db, { key: secret }))).toBe('api_key_revoked');
  });

  it('rolls a key: the old secret stops at once, the new one works, the id stays', async () => {
    const first = await createApiKey(database.db, {
      userId,
      name: 'roll',
      scopes: ['charts:write'],
    });
    const rolled = await rollApiKey(database.db, { userId, keyId: first.apiKey.id });
    expect(rolled.apiKey.id).toBe(first.apiKey.id);
    expect(rolled.secret).not.toBe(first.secret);
    expect(rolled.apiKey.rolledAt).toBeInstanceOf(Date);
    expect(await codeOf(authenticateApiKey(database.db, { key: first.secret }))).toBe(
      'api_key_invalid',
    );
    expect((await authenticateApiKey(database.db, { key: rolled.secret })).id).toBe(
      first.apiKey.id,
    );
  });

  it('rolls atomically: of two concurrent rolls exactly one secret survives', async () => {
    const { apiKey } = await createApiKey(database.db, {
      userId,
      name: 'race',
      scopes: ['charts:read'],
    });
    const rolls = await Promise.all([
      rollApiKey(database.db, { userId, keyId: apiKey.id }),
      rollApiKey(database.db, { userId, keyId: apiKey.id }),
    ]);
    const working = await Promise.all(
      rolls.map((r) => codeOf(authenticateApiKey(database.db, { key: r.secret }))),
    );
    expect(working.filter((c) => c === 'resolved')).toHaveLength(1);
  });

  it('refuses to roll a revoked key and keeps the first revocation time', async () => {
    const { apiKey } = await createApiKey(database.db, {
      userId,
      name: 'gone',
      scopes: ['charts:read'],
    });
    const revoked = await revokeApiKey(database.db, { userId, keyId: apiKey.id });
    const again = await revokeApiKey(database.db, { userId, keyId: apiKey.id });
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    expect(await codeOf(rollApiKey(database.db, { userId, keyId: apiKey.id }))).toBe(
      'api_key_revoked',
    );
  });

  it("lets no one list, roll or revoke another user's keys", async () => {
    const { apiKey, secret } = await createApiKey(database.db, {
      userId,
      name: 'mine',
      scopes: ['charts:read'],
    });
    expect(await listApiKeys(database.db, { userId: otherUserId })).toEqual([]);
    const theirs = { userId: otherUserId, keyId: apiKey.id };
    expect(await codeOf(rollApiKey(database.db, theirs))).toBe('not_found');
    expect(await codeOf(revokeApiKey(database.db, theirs))).toBe('not_found');
    expect(await codeOf(authenticateApiKey(database.db, { key: secret }))).toBe('resolved');
  });

  it('lists keys newest first without hashes', async () => {
    const listed = await listApiKeys(database.db, { userId });
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.every((k) => !('hash' in k))).toBe(true);
    const times = listed.map((k) => k.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('touches last-used at most once per minute', async () => {
    const { apiKey } = await createApiKey(database.db, {
      userId,
      name: 'touch',
      scopes: ['charts:read'],
    });
    const recent = new Map<string, number>();
    const t0 = new Date('2030-01-01T00:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const touch = (now: Date) => touchLastUsed(database.db, { keyId: apiKey.id, now, recent });

    expect(await touch(t0)).toBe(true);
    expect(await touch(at(1_000))).toBe(false);
    expect(await touch(at(LAST_USED_RESOLUTION_MS + 1))).toBe(true);
    // Another process (fresh memory) within the minute finds the stored time recent enough.
    recent.clear();
    expect(await touch(at(LAST_USED_RESOLUTION_MS + 2_000))).toBe(false);

    const [row] = await listApiKeys(database.db, { userId }).then((keys) =>
      keys.filter((k) => k.id === apiKey.id),
    );
    expect(row?.lastUsedAt?.getTime()).toBe(at(LAST_USED_RESOLUTION_MS + 1).getTime());
  });
});

describe.each(availableDrivers())('the active key cap on %s', (driver) => {
  let database: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const [row] = await database.db
      .insert(users)
      .values({ email: 'many-keys@example.test' })
      .returning({ id: users.id });
    userId = row?.id ?? '';
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const issue = (name: string) =>
    codeOf(createApiKey(database.db, { userId, name, scopes: ['charts:read'] }));

  it('issues no more than the cap even to concurrent requests, and revoking frees a place', async () => {
    for (let i = 0; i < MAX_ACTIVE_KEYS - 2; i++) expect(await issue(`k${i}`)).toBe('resolved');
    const racing = await Promise.all(Array.from({ length: 6 }, (_, i) => issue(`race${i}`)));
    expect(racing.filter((c) => c === 'resolved')).toHaveLength(2);
    expect(racing.filter((c) => c === 'api_key_limit_reached')).toHaveLength(4);
    const keys = await listApiKeys(database.db, { userId });
    expect(keys).toHaveLength(MAX_ACTIVE_KEYS);

    await revokeApiKey(database.db, { userId, keyId: keys[0]?.id ?? '' });
    expect(await issue('after revoke')).toBe('resolved');
    expect(await issue('one too many')).toBe('api_key_limit_reached');
  });
});
