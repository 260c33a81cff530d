import type { APIRequestContext } from '@playwright/test';
import { bearer, expectProblem } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { limitsOf } from '../../support/rate-limit-fields';

/**
 * The e2e server sets the basic plan's 30-day quota low (API_PLAN_LIMITS in
 * e2e/support/server.ts) so it can be used up over HTTP; the spec reads it from the answers.
 */
const call = (request: APIRequestContext, secret: string) =>
  request.get('/api/v1/places?q=Nice&limit=1', { headers: bearer(secret) });

test('the quota admits exactly its count, then 429 quota_exceeded until the window ends', async ({
  request,
  person,
  admin,
}) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  expect((await admin.setPlan(key.id, 'basic')).status()).toBe(200);

  const first = await call(request, key.secret);
  const { policy } = limitsOf(first);
  const quota = policy.month?.q ?? NaN;
  expect(first.headers()['ratelimit-policy']).toBe(
    `"minute";q=60;w=60, "month";q=${quota};w=${30 * 86_400}`,
  );
  expect(quota).toBeLessThan(60);

  const rest = await Promise.all(Array.from({ length: quota }, () => call(request, key.secret)));
  const admitted = [first, ...rest.filter((r) => r.status() === 200)];
  expect(admitted).toHaveLength(quota);
  const remaining = admitted.map((r) => limitsOf(r).limit.month?.r).sort((a = 0, b = 0) => a - b);
  expect(remaining).toEqual(Array.from({ length: quota }, (_, i) => i));

  const refused = rest.filter((r) => r.status() !== 200);
  expect(refused).toHaveLength(1);
  for (const res of [...refused, await call(request, key.secret)]) {
    await expectProblem(res, 429, 'quota_exceeded');
    const { limit } = limitsOf(res);
    expect(limit.month?.r).toBe(0);
    // The window is 30 days aligned to the epoch: the reset is when it ends.
    const windowEnd = Math.ceil(Date.now() / 1000 / (30 * 86_400)) * 30 * 86_400;
    const expected = windowEnd - Date.now() / 1000;
    expect(Math.abs((limit.month?.t ?? 0) - expected)).toBeLessThan(5);
    expect(Number(res.headers()['retry-after'])).toBe(limit.month?.t);
  }

  // More quota (a bigger plan) lets the key through again at once.
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
  const after = await call(request, key.secret);
  expect(after.status()).toBe(200);
  expect(limitsOf(after).limit.month?.r).toBeGreaterThan(quota);
});
