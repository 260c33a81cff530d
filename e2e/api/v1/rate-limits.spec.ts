import type { APIRequestContext } from '@playwright/test';
import { bearer, expectProblem, SESSION_WRITE } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { limitsOf } from '../../support/rate-limit-fields';

test.describe.configure({ mode: 'parallel' });

const MONTH_SECONDS = 30 * 86_400;

const call = (request: APIRequestContext, secret: string) =>
  request.get('/api/v1/places?q=Lyon&limit=1', { headers: bearer(secret) });

const burst = (request: APIRequestContext, secret: string, n: number) =>
  Promise.all(Array.from({ length: n }, () => call(request, secret)));

test('the free plan admits exactly its per-minute count, then 429 with Retry-After', async ({
  request,
  person,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  const first = await call(request, key.secret);
  const { policy } = limitsOf(first);
  expect(first.headers()['ratelimit-policy']).toBe(
    `"minute";q=${policy.minute?.q};w=60, "month";q=${policy.month?.q};w=${MONTH_SECONDS}`,
  );
  const perMinute = policy.minute?.q ?? NaN;
  const perMonth = policy.month?.q ?? NaN;
  expect(perMinute).toBe(10);

  // The rest of the minute's allowance and one more, all at once.
  const answers = await burst(request, key.secret, perMinute);
  const admitted = [first, ...answers.filter((r) => r.status() === 200)];
  const refused = answers.filter((r) => r.status() !== 200);
  expect(admitted).toHaveLength(perMinute);
  expect(refused).toHaveLength(1);

  const remaining = admitted.map((r) => limitsOf(r).limit.minute?.r).sort((a = 0, b = 0) => a - b);
  expect(remaining).toEqual(Array.from({ length: perMinute }, (_, i) => i));
  for (const res of admitted) {
    const { minute, month } = limitsOf(res).limit;
    expect(minute?.t).toBeGreaterThanOrEqual(0);
    expect(minute?.t).toBeLessThanOrEqual(60);
    expect(month?.t).toBeLessThanOrEqual(MONTH_SECONDS);
  }

  const [tooMany] = refused;
  if (!tooMany) throw new Error('no refusal');
  await expectProblem(tooMany, 429, 'rate_limited');
  const { limit } = limitsOf(tooMany);
  expect(limit.minute?.r).toBe(0);
  expect(Number(tooMany.headers()['retry-after'])).toBe(limit.minute?.t);
  expect(limit.minute?.t).toBeGreaterThanOrEqual(1);
  // A throttled call is refunded: the quota holds the admitted calls only.
  expect(limit.month?.r).toBe(perMonth - perMinute);
  expect(tooMany.headers()['access-control-allow-origin']).toBe('*');
  expect(tooMany.headers()['ratelimit-policy']).toBe(first.headers()['ratelimit-policy']);
});

test('a plan change applies on the next call, keeping what was used', async ({
  request,
  person,
  admin,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  const free = await burst(request, key.secret, 11);
  expect(free.filter((r) => r.status() === 429)).toHaveLength(1);

  const upgraded = await admin.setPlan(key.id, 'premium');
  expect(upgraded.status()).toBe(200);
  expect(((await upgraded.json()) as { apiKey: { plan: string } }).apiKey.plan).toBe('premium');
  const after = await call(request, key.secret);
  expect(after.status()).toBe(200);
  const { limit, policy } = limitsOf(after);
  expect(policy.minute?.q).toBe(600);
  // Ten admitted before, this one now; the refused call was never counted.
  expect(limit.minute?.r).toBe(600 - 11);
  expect(limit.month?.r).toBe((policy.month?.q ?? NaN) - 11);
  expect((await person.listKeys()).find((k) => k.id === key.id)?.plan).toBe('premium');

  // And back down: eleven used this minute is over the free limit at once.
  expect((await admin.setPlan(key.id, 'free')).status()).toBe(200);
  await expectProblem(await call(request, key.secret), 429, 'rate_limited');
});

test('only an admin changes plans, to a plan that exists, of a key that exists', async ({
  person,
  admin,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  const patch = (session: APIRequestContext, id: string, data: unknown) =>
    session.patch(`/api/admin/api-keys/${id}`, { data, headers: SESSION_WRITE });

  await expectProblem(await patch(person.session, key.id, { plan: 'premium' }), 403, 'forbidden');
  await expectProblem(
    await patch(admin.session, key.id, { plan: 'gold' }),
    422,
    'validation_failed',
    ['plan'],
  );
  await expectProblem(
    await patch(admin.session, key.id, { plan: 'basic', perMinute: 5 }),
    422,
    'validation_failed',
  );
  await expectProblem(
    await patch(admin.session, 'no-such-key', { plan: 'basic' }),
    404,
    'not_found',
  );
  expect((await person.listKeys()).find((k) => k.id === key.id)?.plan).toBe('free');
});
