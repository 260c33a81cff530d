import { setTimeout as sleep } from 'node:timers/promises';
import type { Account } from '../../support/api-client';
import { bearer } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

/** Usage is flushed every second; after it settles, it must stay put (nothing counted twice). */
async function expectUsage(person: Account, keyId: string, calls: number): Promise<void> {
  await expect.poll(() => person.usageTotal(keyId), { timeout: 15_000 }).toBe(calls);
  await sleep(1_500);
  expect(await person.usageTotal(keyId)).toBe(calls);
}

test('N parallel calls over several routes are N counted calls', async ({
  request,
  person,
  admin,
}) => {
  const key = await person.createKey({ scopes: ['places:read', 'charts:read'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
  const calls = [
    ...Array.from({ length: 30 }, (_, i) =>
      request.get(`/api/v1/places?q=Paris&limit=${1 + (i % 5)}`, { headers: bearer(key.secret) }),
    ),
    ...Array.from({ length: 15 }, () =>
      request.post('/api/v1/aspects', {
        data: { subject: PARIS_BY_UTC },
        headers: bearer(key.secret),
      }),
    ),
  ];
  const answers = await Promise.all(calls);
  expect(answers.map((r) => r.status()).filter((s) => s !== 200)).toEqual([]);
  await expectUsage(person, key.id, 45);
});

test('refused calls are not counted; answered errors are', async ({ request, person }) => {
  const key = await person.createKey({ scopes: ['places:read'] });
  // Admitted, then refused by the handler: a call like any other.
  const invalid = await request.get('/api/v1/places?q=', { headers: bearer(key.secret) });
  expect(invalid.status()).toBe(422);
  const answers = await Promise.all([
    // Past the free minute limit: nine more admitted, three throttled.
    ...Array.from({ length: 12 }, () =>
      request.get('/api/v1/places?q=Rome&limit=1', { headers: bearer(key.secret) }),
    ),
    // Without the scope: refused before counting.
    request.post('/api/v1/aspects', { data: {}, headers: bearer(key.secret) }),
  ]);
  const statuses = answers.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(9);
  expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  expect(statuses.filter((s) => s === 403)).toHaveLength(1);
  await expectUsage(person, key.id, 10);
});
