import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { insertTestUser } from '@/db/testing/insert-test-user';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { authenticateApiKey } from '@/lib/api-keys/authenticate-api-key';
import { POLICIES } from '@/lib/rate-limit/policies';
import { DELETE } from './[id]/route';
import { POST as ROLL } from './[id]/roll/route';
import { GET, POST } from './route';

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
type Handler<P> = (request: Request, next: { params: Promise<P> }) => Promise<Response>;

function call<P>(
  handler: Handler<P>,
  options: { method: string; path: string; body?: unknown; headers?: Record<string, string> },
  params?: P,
) {
  const writes = options.method !== 'GET';
  const headers = new Headers(
    writes ? { 'content-type': 'application/json', origin: ORIGIN, ...options.headers } : {},
  );
  const request = new Request(`${ORIGIN}${options.path}`, {
    method: options.method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return handler(request, { params: Promise.resolve((params ?? {}) as P) });
}

const create = (body: unknown, headers?: Record<string, string>) =>
  call(POST, { method: 'POST', path: '/api/account/keys', body, headers });
const list = () => call(GET, { method: 'GET', path: '/api/account/keys' });
const revoke = (id: string, headers?: Record<string, string>) =>
  call(DELETE, { method: 'DELETE', path: `/api/account/keys/${id}`, headers }, { id });
const roll = (id: string) =>
  call(ROLL, { method: 'POST', path: `/api/account/keys/${id}/roll` }, { id });

interface Body {
  code?: string;
  secret?: string;
  apiKey?: { id: string; prefix: string; revokedAt: string | null; scopes: string[] };
  keys?: Record<string, unknown>[];
}
const json = async (response: Response) => (await response.json()) as Body;

let database: TestDatabase;
let alice: string;
let bob: string;

const newUser = (label: string) => insertTestUser(database.db, label);

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  alice = await newUser('alice');
  bob = await newUser('bob');
});
afterAll(async () => {
  await database?.destroy();
});
beforeEach(() => {
  mocks.userId = alice;
});

describe('signed out', () => {
  it('answers 401 problems to reads and writes', async () => {
    mocks.userId = undefined;
    for (const response of [await list(), await create({ name: 'x', scopes: ['charts:read'] })]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await json(response)).code).toBe('unauthenticated');
    }
  });

  it('treats a session whose user is gone as signed out', async () => {
    mocks.userId = crypto.randomUUID();
    expect((await list()).status).toBe(401);
  });
});

describe('CSRF checks on writes', () => {
  it('refuses another origin, a missing origin and an opaque one with 403', async () => {
    for (const origin of ['https://evil.test', 'null', 'http://orrery.test']) {
      const response = await create({ name: 'x', scopes: ['charts:read'] }, { origin });
      expect(response.status).toBe(403);
      expect((await json(response)).code).toBe('forbidden');
    }
    const request = new Request(`${ORIGIN}/api/account/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', scopes: ['charts:read'] }),
    });
    expect((await POST(request, { params: Promise.resolve({}) })).status).toBe(403);
  });

  it('refuses a form-encoded write with 415, the kind a cross-site form can send', async () => {
    const response = await create(
      { name: 'x', scopes: ['charts:read'] },
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(response.status).toBe(415);
  });

  it('refuses a revoke from another origin and leaves the key working', async () => {
    const { apiKey, secret } = await json(await create({ name: 'kept', scopes: ['charts:read'] }));
    expect((await revoke(apiKey?.id ?? '', { origin: 'https://evil.test' })).status).toBe(403);
    await expect(authenticateApiKey(database.db, { key: secret ?? '' })).resolves.toMatchObject({
      id: apiKey?.id,
    });
  });

  it('accepts the origin a proxy forwards as the host', async () => {
    const request = new Request('http://internal:3000/api/account/keys', {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        origin: 'https://public.example',
        'x-forwarded-host': 'public.example',
        'x-forwarded-proto': 'https',
      },
      body: JSON.stringify({ name: 'proxied', scopes: ['charts:read'] }),
    });
    expect((await POST(request, { params: Promise.resolve({}) })).status).toBe(201);
  });
});

describe('create, list, roll, revoke', () => {
  it('answers the full key once at creation; the list shows it by prefix only', async () => {
    const created = await create({
      name: 'CI',
      scopes: ['charts:read', 'charts:write'],
      environment: 'test',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { apiKey, secret } = await json(created);
    expect(secret).toMatch(/^ork_test_/);
    expect(secret?.startsWith(apiKey?.prefix ?? '-')).toBe(true);

    const listed = await list();
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(secret);
    const keys = (JSON.parse(text) as Body).keys ?? [];
    const entry = keys.find((k) => k.id === apiKey?.id);
    expect(entry).toMatchObject({
      name: 'CI',
      prefix: apiKey?.prefix,
      environment: 'test',
      plan: 'free',
      scopes: ['charts:read', 'charts:write'],
      revokedAt: null,
    });
    for (const k of keys) expect(Object.keys(k)).not.toEqual(expect.arrayContaining(['hash']));
    expect(Object.keys(entry ?? {})).not.toContain('userId');
  });

  it('shows a user only their own keys and refuses to touch another user’s', async () => {
    const { apiKey } = await json(await create({ name: 'alice only', scopes: ['places:read'] }));
    mocks.userId = bob;
    const keys = (await json(await list())).keys ?? [];
    expect(keys.map((k) => k.id)).not.toContain(apiKey?.id);
    expect((await revoke(apiKey?.id ?? '')).status).toBe(404);
    expect((await roll(apiKey?.id ?? '')).status).toBe(404);
  });

  it('rejects an invalid key request with field errors and issues nothing', async () => {
    const before = (await json(await list())).keys?.length;
    const response = await create({ name: ' ', scopes: ['charts:delete'] });
    expect(response.status).toBe(422);
    const fields = ((await response.json()) as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['name', 'scopes.0']));
    expect((await json(await list())).keys?.length).toBe(before);
  });

  it('rolls a key: a new secret once, the old one refused at once', async () => {
    const first = await json(await create({ name: 'rolled', scopes: ['charts:read'] }));
    const rolled = await roll(first.apiKey?.id ?? '');
    expect(rolled.status).toBe(200);
    const second = await json(rolled);
    expect(second.apiKey?.id).toBe(first.apiKey?.id);
    expect(second.secret).not.toBe(first.secret);
    await expect(
      authenticateApiKey(database.db, { key: first.secret ?? '' }),
    ).rejects.toMatchObject({ code: 'api_key_invalid' });
    await expect(
      authenticateApiKey(database.db, { key: second.secret ?? '' }),
    ).resolves.toMatchObject({ id: first.apiKey?.id });
  });

  it('revokes a key: listed as revoked, refused by the API, cannot roll', async () => {
    const { apiKey, secret } = await json(await create({ name: 'gone', scopes: ['charts:read'] }));
    const response = await revoke(apiKey?.id ?? '');
    expect(response.status).toBe(200);
    const revokedAt = (await json(response)).apiKey?.revokedAt;
    expect(revokedAt).toEqual(expect.any(String));
    const entry = (await json(await list())).keys?.find((k) => k.id === apiKey?.id);
    expect(entry?.revokedAt).toBe(revokedAt);
    await expect(authenticateApiKey(database.db, { key: secret ?? '' })).rejects.toMatchObject({
      code: 'api_key_revoked',
    });
    expect((await json(await roll(apiKey?.id ?? ''))).code).toBe('api_key_revoked');
  });
});

describe('issuing limits', () => {
  it('refuses the key issued past the hourly limit with 429, Retry-After and nothing stored', async () => {
    const carol = await newUser('carol');
    mocks.userId = carol;
    const first = await json(await create({ name: 'first', scopes: ['charts:read'] }));
    expect((await roll(first.apiKey?.id ?? '')).status).toBe(200);
    for (let i = 2; i < POLICIES['api-key-issue'].tokens; i++) {
      expect((await create({ name: `k${i}`, scopes: ['charts:read'] })).status).toBe(201);
    }
    const refused = await create({ name: 'one too many', scopes: ['charts:read'] });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(refused)).code).toBe('rate_limited');
    expect((await roll(first.apiKey?.id ?? '')).status).toBe(429);
    expect((await json(await list())).keys).toHaveLength(POLICIES['api-key-issue'].tokens - 1);

    mocks.userId = bob;
    expect((await create({ name: 'bob is not limited', scopes: ['charts:read'] })).status).toBe(
      201,
    );
  });
});
