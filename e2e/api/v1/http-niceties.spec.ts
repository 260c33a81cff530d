import type { APIRequestContext } from '@playwright/test';
import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { PARIS_BY_PLACE, PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

let key: IssuedKey;
let hash: string;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['charts:write', 'charts:read', 'places:read'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

/** The chart the ETag and fields tests read, stored once per worker. */
async function storedHash(request: APIRequestContext): Promise<string> {
  if (hash) return hash;
  const res = await request.post('/api/v1/charts', {
    data: PARIS_BY_PLACE,
    headers: bearer(key.secret),
  });
  expect(res.status()).toBe(201);
  hash = ((await res.json()) as { hash: string }).hash;
  return hash;
}

const getChart = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { headers: bearer(key.secret, headers) });

test('a stored chart has a strong ETag; If-None-Match answers 304', async ({ request }) => {
  const path = `/api/v1/charts/${await storedHash(request)}`;
  const res = await getChart(request, path);
  expect(res.status()).toBe(200);
  const etag = res.headers()['etag'] ?? '';
  expect(etag).toMatch(new RegExp(`^"${hash}-[A-Za-z0-9_-]+"$`));
  expect(res.headers()['cache-control']).toBe('private, max-age=31536000, immutable');

  for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
    const notModified = await getChart(request, path, { 'if-none-match': condition });
    expect(notModified.status(), condition).toBe(304);
    expect(notModified.headers()['etag']).toBe(etag);
    expect((await notModified.body()).length).toBe(0);
  }
  expect((await getChart(request, path, { 'if-none-match': '"other"' })).status()).toBe(200);

  // Another selection is another representation with its own tag.
  const narrowed = await getChart(request, `${path}?fields=hash`);
  expect(narrowed.headers()['etag']).not.toBe(etag);
  expect((await getChart(request, `${path}?fields=hash`, { 'if-none-match': etag })).status()).toBe(
    200,
  );
});

test('?fields= keeps only the listed paths, and refuses unknown ones', async ({ request }) => {
  const path = `/api/v1/charts/${await storedHash(request)}`;
  const res = await getChart(request, `${path}?fields=hash,chart.bodies.sun,birth.zone`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    hash: string;
    chart: { bodies: Record<string, unknown> };
    birth: Record<string, unknown>;
  };
  expect(Object.keys(body).sort()).toEqual(['birth', 'chart', 'hash']);
  expect(Object.keys(body.chart)).toEqual(['bodies']);
  expect(Object.keys(body.chart.bodies)).toEqual(['sun']);
  expect(body.birth).toEqual({ zone: 'Europe/Paris' });

  for (const fields of ['nope', 'chart..bodies', 'hash,chart.bodies.pluto.nope']) {
    await expectProblem(
      await getChart(request, `${path}?fields=${fields}`),
      422,
      'validation_failed',
      ['fields'],
    );
  }
  // Arrays are kept whole (select-fields.ts): a page narrows to its parts.
  const places = await request.get('/api/v1/places?q=Paris&limit=2&fields=next', {
    headers: bearer(key.secret),
  });
  expect(Object.keys((await places.json()) as object)).toEqual(['next']);
});

test('CORS: preflights need no key; every answer, refusals too, allows any origin', async ({
  request,
}) => {
  const preflight = await request.fetch('/api/v1/charts', {
    method: 'OPTIONS',
    headers: {
      origin: 'https://client.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });
  expect(preflight.status()).toBe(204);
  const headers = preflight.headers();
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['access-control-allow-methods']).toBe('POST, OPTIONS');
  expect(headers['access-control-allow-headers']?.toLowerCase()).toContain('idempotency-key');
  expect(headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
  expect(headers['access-control-max-age']).toBe('86400');
  expect(headers['access-control-allow-credentials']).toBeUndefined();

  const origin = { origin: 'https://client.example' };
  for (const res of [
    await request.get('/api/v1/places?q=Paris', { headers: bearer(key.secret, origin) }),
    await request.get('/api/v1/places?q=Paris', { headers: origin }),
    await request.get('/api/v1/openapi.json', { headers: origin }),
  ]) {
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    const exposed = res.headers()['access-control-expose-headers']?.split(/,\s*/) ?? [];
    for (const name of ['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id']) {
      expect(exposed).toContain(name);
    }
  }
});

test('large answers come in brotli or gzip, as the client prefers (docs/api-v1.md)', async ({
  request,
}) => {
  const lunarYear = {
    subject: PARIS_BY_UTC,
    from: '2026-01-01T00:00:00Z',
    to: '2026-12-31T00:00:00Z',
  };
  const post = (encoding: string) =>
    request.post('/api/v1/returns/lunar', {
      data: lunarYear,
      headers: bearer(key.secret, { 'accept-encoding': encoding }),
    });
  const [browser, brotli, gzip, identity] = await Promise.all([
    post('gzip, deflate, br'),
    post('br'),
    post('gzip'),
    post('identity'),
  ]);
  expect(browser.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  expect(identity.headers()['content-encoding']).toBeUndefined();
  for (const res of [browser, gzip, identity]) {
    expect(res.headers()['vary']?.toLowerCase()).toContain('accept-encoding');
  }
  const [fromBrotli, fromGzip, plain] = await Promise.all(
    [brotli, gzip, identity].map((res) => res.json()),
  );
  expect(fromBrotli).toEqual(plain);
  expect(fromGzip).toEqual(plain);
  expect((await identity.body()).length).toBeGreaterThan(100_000);
});

test('X-Request-Id is echoed when well-formed, minted otherwise, on every answer', async ({
  request,
}) => {
  const given = 'trace-e2e-0001';
  const ok = await request.get('/api/v1/places?q=Paris&limit=1', {
    headers: bearer(key.secret, { 'x-request-id': given }),
  });
  expect(ok.status()).toBe(200);
  expect(ok.headers()['x-request-id']).toBe(given);

  const refused = await request.get('/api/v1/places?q=Paris', {
    headers: { 'x-request-id': given },
  });
  expect((await expectProblem(refused, 401, 'unauthenticated')).requestId).toBe(given);

  const minted = await request.get('/api/v1/places?q=Paris&limit=1', {
    headers: bearer(key.secret, { 'x-request-id': 'bad id!' }),
  });
  expect(minted.headers()['x-request-id']).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  );
});
