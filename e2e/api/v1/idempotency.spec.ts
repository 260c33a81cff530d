import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { PARIS_BY_PLACE, PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['charts:write', 'charts:read', 'readings:write'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

const createChart = (
  request: APIRequestContext,
  idempotencyKey: string,
  data: unknown,
  secret = key.secret,
) =>
  request.post('/api/v1/charts', {
    data,
    headers: bearer(secret, { 'idempotency-key': idempotencyKey }),
  });

test('a retry replays the stored answer, marked, with its own request id', async ({ request }) => {
  const idem = randomUUID();
  const first = await createChart(request, idem, PARIS_BY_PLACE);
  expect(first.status()).toBe(201);
  expect(first.headers()['idempotent-replayed']).toBeUndefined();

  const retry = await createChart(request, idem, PARIS_BY_PLACE);
  expect(retry.status()).toBe(201);
  expect(retry.headers()['idempotent-replayed']).toBe('true');
  expect(await retry.text()).toBe(await first.text());
  expect(retry.headers()['location']).toBe(first.headers()['location']);
  expect(retry.headers()['content-type']).toBe(first.headers()['content-type']);
  expect(retry.headers()['x-request-id']).not.toBe(first.headers()['x-request-id']);
  // The replay is a call like any other: it has its own RateLimit fields.
  expect(retry.headers()['ratelimit']).not.toBe(first.headers()['ratelimit']);
});

test('the same key with another request is refused as a mismatch', async ({ request }) => {
  const idem = randomUUID();
  expect((await createChart(request, idem, PARIS_BY_PLACE)).status()).toBe(201);
  await expectProblem(await createChart(request, idem, PARIS_BY_UTC), 422, 'idempotency_mismatch');
  // Another path with the same body is another request too.
  await expectProblem(
    await request.post('/api/v1/readings', {
      data: PARIS_BY_PLACE,
      headers: bearer(key.secret, { 'idempotency-key': idem }),
    }),
    422,
    'idempotency_mismatch',
  );
});

test('concurrent duplicates run once: one original, the rest replays', async ({ request }) => {
  const idem = randomUUID();
  // A birth of its own, so the original really computes and stores.
  const subject = {
    ...PARIS_BY_UTC,
    utc: new Date(Date.UTC(1970, 0, 1) + Math.random() * 1e12).toISOString(),
  };
  const answers = await Promise.all(
    Array.from({ length: 8 }, () => createChart(request, idem, subject)),
  );
  expect(answers.map((r) => r.status())).toEqual(Array(8).fill(201));
  const replayed = answers.filter((r) => r.headers()['idempotent-replayed'] === 'true');
  expect(replayed).toHaveLength(7);
  const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
  expect(bodies.size).toBe(1);
});

test('failures are not stored: the key is free for a corrected retry', async ({ request }) => {
  const idem = randomUUID();
  await expectProblem(await createChart(request, idem, {}), 422, 'validation_failed');
  // The same failing request runs again rather than replaying the refusal…
  const again = await createChart(request, idem, {});
  await expectProblem(again, 422, 'validation_failed');
  expect(again.headers()['idempotent-replayed']).toBeUndefined();
  // …and a corrected body under the same key is not a mismatch.
  const fixed = await createChart(request, idem, PARIS_BY_PLACE);
  expect(fixed.status()).toBe(201);
});

test('idempotency keys belong to one API key; malformed ones are refused', async ({
  request,
  person,
}) => {
  const other = await person.createKey({ scopes: ['charts:write'] });
  const idem = randomUUID();
  expect((await createChart(request, idem, PARIS_BY_PLACE)).status()).toBe(201);
  const theirs = await createChart(request, idem, PARIS_BY_UTC, other.secret);
  expect(theirs.status()).toBe(201);
  expect(theirs.headers()['idempotent-replayed']).toBeUndefined();

  for (const bad of ['x'.repeat(256), 'has space', 'tab\there']) {
    await expectProblem(await createChart(request, bad, PARIS_BY_PLACE), 422, 'validation_failed', [
      'Idempotency-Key',
    ]);
  }
  // GETs ignore the header: they are idempotent already.
  const get = await request.get('/api/v1/charts/doesnotexist00', {
    headers: bearer(key.secret, { 'idempotency-key': 'has space' }),
  });
  await expectProblem(get, 404, 'not_found');
});
