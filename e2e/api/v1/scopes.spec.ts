import type { APIRequestContext, APIResponse } from '@playwright/test';
import { ALL_SCOPES, bearer, expectProblem, type Scope } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { e2eServer } from '../../support/server';
import { NEW_YORK_BY_ZONE, PARIS_BY_PLACE, PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

interface Operation {
  name: string;
  scope: Scope;
  call(request: APIRequestContext, secret: string, chartHash: string): Promise<APIResponse>;
}

const post = (path: string, data: unknown) => (request: APIRequestContext, secret: string) =>
  request.post(`/api/v1/${path}`, { data, headers: bearer(secret) });

/** Every keyed operation of /api/v1 (docs/api-v1.md), each with a request it should accept. */
const OPERATIONS: Operation[] = [
  { name: 'POST /charts', scope: 'charts:write', call: post('charts', PARIS_BY_UTC) },
  {
    name: 'GET /charts/{hash}',
    scope: 'charts:read',
    call: (request, secret, hash) =>
      request.get(`/api/v1/charts/${hash}`, { headers: bearer(secret) }),
  },
  {
    name: 'GET /places',
    scope: 'places:read',
    call: (request, secret) =>
      request.get('/api/v1/places?q=Paris&limit=1', { headers: bearer(secret) }),
  },
  {
    name: 'GET /famous',
    scope: 'famous:read',
    call: (request, secret) => request.get('/api/v1/famous?q=curie', { headers: bearer(secret) }),
  },
  {
    name: 'GET /famous/{id}',
    scope: 'famous:read',
    call: (request, secret) =>
      request.get('/api/v1/famous/marie-curie', { headers: bearer(secret) }),
  },
  { name: 'POST /aspects', scope: 'charts:read', call: post('aspects', { subject: PARIS_BY_UTC }) },
  {
    name: 'POST /transits',
    scope: 'charts:read',
    call: post('transits', {
      subject: PARIS_BY_UTC,
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-15T00:00:00Z',
    }),
  },
  {
    name: 'POST /synastry',
    scope: 'charts:read',
    call: post('synastry', { a: PARIS_BY_PLACE, b: NEW_YORK_BY_ZONE }),
  },
  {
    name: 'POST /composite',
    scope: 'charts:read',
    call: post('composite', { a: PARIS_BY_PLACE, b: NEW_YORK_BY_ZONE }),
  },
  {
    name: 'POST /progressions',
    scope: 'charts:read',
    call: post('progressions', { subject: PARIS_BY_UTC, at: '2026-01-01T00:00:00Z' }),
  },
  {
    name: 'POST /returns/solar',
    scope: 'charts:read',
    call: post('returns/solar', { subject: PARIS_BY_UTC, year: 2026 }),
  },
  {
    name: 'POST /returns/lunar',
    scope: 'charts:read',
    call: post('returns/lunar', {
      subject: PARIS_BY_UTC,
      from: '2026-01-01T00:00:00Z',
      to: '2026-02-01T00:00:00Z',
    }),
  },
  {
    name: 'POST /readings',
    scope: 'readings:write',
    call: (request, secret, chartHash) =>
      request.post('/api/v1/readings', {
        data: { chartHash, locale: 'en' },
        headers: bearer(secret),
      }),
  },
  {
    name: 'GET /readings/{hash}/{locale}',
    scope: 'readings:read',
    call: (request, secret, hash) =>
      request.get(`/api/v1/readings/${hash}/en`, { headers: bearer(secret) }),
  },
];

const ROUTE_SCOPES = [...new Set(OPERATIONS.map((o) => o.scope))];

/** A stored chart with its English reading requested, for the operations that need one. */
let chartHash: string;
test.beforeAll(async ({ account, playwright }) => {
  const key = await account.createKey({ scopes: ['charts:write', 'readings:write'] });
  const request = await playwright.request.newContext({ baseURL: e2eServer.baseURL });
  const chart = await request.post('/api/v1/charts', {
    data: PARIS_BY_PLACE,
    headers: bearer(key.secret),
  });
  chartHash = ((await chart.json()) as { hash: string }).hash;
  const reading = await request.post('/api/v1/readings', {
    data: { chartHash, locale: 'en' },
    headers: bearer(key.secret),
  });
  expect(reading.status()).toBe(202);
  await request.dispose();
});

for (const scope of ROUTE_SCOPES) {
  test(`${scope}: refused by every key without it, accepted with it alone`, async ({
    request,
    person,
  }) => {
    const needing = OPERATIONS.filter((o) => o.scope === scope);
    const [without, only] = await Promise.all([
      person.createKey({ scopes: ALL_SCOPES.filter((s) => s !== scope) }),
      person.createKey({ scopes: [scope] }),
    ]);
    for (const operation of needing) {
      const refused = await operation.call(request, without.secret, chartHash);
      const problem = await expectProblem(refused, 403, 'scope_missing');
      expect(problem.detail, operation.name).toContain(scope);
      // Refused before the limits: the refusal costs nothing.
      expect(refused.headers()['ratelimit']).toBeUndefined();

      const accepted = await operation.call(request, only.secret, chartHash);
      expect([200, 201, 202], `${operation.name}: ${await accepted.text()}`).toContain(
        accepted.status(),
      );
    }
    // The key with only this scope is refused everywhere else.
    const elsewhere = OPERATIONS.find((o) => o.scope !== scope);
    if (elsewhere) {
      await expectProblem(
        await elsewhere.call(request, only.secret, chartHash),
        403,
        'scope_missing',
      );
    }
  });
}

test('the contract needs no key', async ({ request }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  const document = (await res.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  expect(document.openapi).toMatch(/^3\.1\./);
  // Every operation above is in the contract, and documents the key it needs.
  for (const operation of OPERATIONS) {
    const [method = '', path = ''] = operation.name.split(' ');
    const documented = document.paths[`/api/v1${path}`]?.[method.toLowerCase()];
    expect(documented?.security, operation.name).toBeTruthy();
  }
});
