import type { APIRequestContext, APIResponse } from '@playwright/test';
import { generateApiKey } from '@/lib/api-keys/key-format';
import { bearer, expectProblem, SESSION_WRITE, signUpAccount } from '../../support/api-client';
import { expect, test } from '../../support/api-test';

test.describe.configure({ mode: 'parallel' });

const call = (request: APIRequestContext, secret: string): Promise<APIResponse> =>
  request.get('/api/v1/places?q=Paris&limit=1', { headers: bearer(secret) });

/** Several calls at once: a cache or a race would let one of them through. */
const burst = (request: APIRequestContext, secret: string, n = 5) =>
  Promise.all(Array.from({ length: n }, () => call(request, secret)));

test('a revoked key is refused on the very next calls, even right after use', async ({
  request,
  person,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  // Warm whatever the server may keep about the key.
  for (const res of await burst(request, key.secret, 3)) expect(res.status()).toBe(200);

  const revoked = await person.revokeKey(key.id);
  expect(revoked.status()).toBe(200);
  const { apiKey } = (await revoked.json()) as { apiKey: { revokedAt: string } };
  expect(apiKey.revokedAt).not.toBeNull();

  for (const res of await burst(request, key.secret)) {
    await expectProblem(res, 401, 'api_key_revoked');
    expect(res.headers()['www-authenticate']).toBe('Bearer realm="orrery", error="invalid_token"');
    // Refusals before the limits carry no RateLimit fields: nothing was counted.
    expect(res.headers()['ratelimit']).toBeUndefined();
  }

  // Revoking again keeps the first time; a revoked key cannot be rolled back to life.
  const again = (await (await person.revokeKey(key.id)).json()) as typeof apiKey & {
    apiKey: { revokedAt: string };
  };
  expect(again.apiKey.revokedAt).toBe(apiKey.revokedAt);
  await expectProblem(await person.rollKey(key.id), 401, 'api_key_revoked');
  await expectProblem(
    (await burst(request, key.secret, 1))[0] as APIResponse,
    401,
    'api_key_revoked',
  );
});

test('a rolled key’s old secret fails at once and the new one works, same key', async ({
  request,
  person,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  for (const res of await burst(request, key.secret, 3)) expect(res.status()).toBe(200);

  const rolled = await person.rollKey(key.id);
  expect(rolled.status()).toBe(200);
  const { apiKey, secret } = (await rolled.json()) as {
    apiKey: { id: string; prefix: string; rolledAt: string };
    secret: string;
  };
  expect(apiKey.id).toBe(key.id);
  expect(secret).not.toBe(key.secret);
  expect(apiKey.prefix).toBe(secret.slice(0, 14));
  expect(apiKey.rolledAt).not.toBeNull();

  const [old, fresh] = await Promise.all([burst(request, key.secret), burst(request, secret)]);
  for (const res of old) await expectProblem(res, 401, 'api_key_invalid');
  for (const res of fresh) expect(res.status()).toBe(200);
  // The same key: its quota already holds the three calls before the roll (and no refused one).
  const remaining = fresh.map((r) => /"month";r=(\d+)/.exec(r.headers()['ratelimit'] ?? '')?.[1]);
  expect(remaining.map(Number).sort((a, b) => a - b)).toEqual([992, 993, 994, 995, 996]);
});

test('keys are issued once, listed without secrets, and test keys work too', async ({
  request,
  person,
}) => {
  const key = await person.createKey({
    scopes: ['places:read', 'charts:read'],
    environment: 'test',
    name: 'Sandbox',
  });
  expect(key.secret).toMatch(/^ork_test_[0-9A-Za-z]{30}_[0-9A-Za-z]{6}$/);
  expect(key.view).toMatchObject({ plan: 'free', environment: 'test', revokedAt: null });
  expect(key.view.scopes.sort()).toEqual(['charts:read', 'places:read']);

  expect((await call(request, key.secret)).status()).toBe(200);
  await expect
    .poll(async () => (await person.listKeys()).find((k) => k.id === key.id)?.lastUsedAt)
    .not.toBeNull();
  const listed = await (await person.session.get('/api/account/keys')).text();
  expect(listed).not.toContain(key.secret);
  expect(listed).not.toMatch(/"(hash|secret)"/);
});

test('another person cannot revoke, roll or even see my key', async ({ request, person }) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  const stranger = await signUpAccount('stranger');
  try {
    await expectProblem(await stranger.revokeKey(key.id), 404, 'not_found');
    await expectProblem(await stranger.rollKey(key.id), 404, 'not_found');
    expect((await stranger.listKeys()).map((k) => k.id)).not.toContain(key.id);
  } finally {
    await stranger.dispose();
  }
  expect((await call(request, key.secret)).status()).toBe(200);
});

test('missing, malformed and unknown keys are refused before any lookup counts', async ({
  request,
}) => {
  const none = await request.get('/api/v1/places?q=Paris');
  await expectProblem(none, 401, 'unauthenticated');
  expect(none.headers()['www-authenticate']).toBe('Bearer realm="orrery"');

  const unknown = generateApiKey('live');
  const typo = `${unknown.slice(0, 20)}${unknown[20] === 'a' ? 'b' : 'a'}${unknown.slice(21)}`;
  for (const secret of ['not-a-key', typo, unknown]) {
    const res = await call(request, secret);
    await expectProblem(res, 401, 'api_key_invalid');
    expect(res.headers()['www-authenticate']).toContain('error="invalid_token"');
  }
  await expectProblem(
    await request.get('/api/v1/places?q=Paris', { headers: { authorization: `Basic ${unknown}` } }),
    401,
    'unauthenticated',
  );
});

test('the session API refuses bad key requests with field errors', async ({ person }) => {
  const create = (data: unknown, headers = SESSION_WRITE) =>
    person.session.post('/api/account/keys', { data, headers });
  await expectProblem(
    await create({ name: '', scopes: ['charts:fly'], environment: 'prod' }),
    422,
    'validation_failed',
    ['name', 'scopes.0', 'environment'],
  );
  await expectProblem(await create({ name: 'CI', scopes: [] }), 422, 'validation_failed', [
    'scopes',
  ]);
  // Cookie-authenticated writes must be same-origin JSON (CSRF).
  await expectProblem(
    await create(
      { name: 'CI', scopes: ['places:read'] },
      { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
    ),
    403,
    'forbidden',
  );
});
