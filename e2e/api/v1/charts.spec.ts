import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import {
  NEW_YORK_BY_ZONE,
  NEW_YORK_REPEATED,
  NEW_YORK_SKIPPED,
  PARIS_BY_PLACE,
  PARIS_BY_UTC,
} from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

interface ChartCreated {
  hash: string;
  chart: { bodies: Record<string, { lon: number }>; houses: unknown };
  time: { rule: string; resolvedBy: string; utc: string; offsetMinutes: number; zone: string };
}

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['charts:write', 'charts:read'] });
  // Premium keeps this file's calls clear of the free minute limit (rate-limits.spec tests it).
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

const post = (request: import('@playwright/test').APIRequestContext, data: unknown) =>
  request.post('/api/v1/charts', { data, headers: bearer(key.secret) });

test('each of the three subject forms is stored and read back under its hash', async ({
  request,
}) => {
  const cases = [
    { subject: PARIS_BY_PLACE, rule: 'iana', resolvedBy: 'zone', zone: 'Europe/Paris' },
    { subject: PARIS_BY_UTC, rule: 'utc', resolvedBy: 'instant', zone: 'UTC' },
    { subject: NEW_YORK_BY_ZONE, rule: 'iana', resolvedBy: 'zone', zone: 'America/New_York' },
  ];
  for (const { subject, rule, resolvedBy, zone } of cases) {
    const res = await post(request, subject);
    expect(res.status(), await res.text()).toBe(201);
    const created = (await res.json()) as ChartCreated;
    expect(created.hash).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(res.headers()['location']).toBe(`/api/v1/charts/${created.hash}`);
    expect(created.time).toMatchObject({ rule, resolvedBy });
    if (rule !== 'utc') expect(created.time.zone).toBe(zone);
    expect(Object.keys(created.chart.bodies)).toContain('sun');

    const stored = await request.get(res.headers()['location'] ?? '', {
      headers: bearer(key.secret),
    });
    expect(stored.status()).toBe(200);
    const body = (await stored.json()) as { hash: string; chart: ChartCreated['chart'] };
    expect(body.hash).toBe(created.hash);
    expect(body.chart.bodies['sun']?.lon).toBe(created.chart.bodies['sun']?.lon);
  }
});

test('the same birth in Paris by place and by UT instant has the same Sun', async ({ request }) => {
  const [byPlace, byUtc] = await Promise.all([
    post(request, PARIS_BY_PLACE).then((r) => r.json() as Promise<ChartCreated>),
    post(request, PARIS_BY_UTC).then((r) => r.json() as Promise<ChartCreated>),
  ]);
  // 14:30 in Paris in May 1990 was CEST (UTC+2): the very instant of PARIS_BY_UTC.
  expect(byPlace.time.offsetMinutes).toBe(120);
  expect(new Date(byPlace.time.utc).toISOString()).toBe('1990-05-15T12:30:00.000Z');
  expect(byPlace.chart.bodies['sun']?.lon).toBeCloseTo(byUtc.chart.bodies['sun']?.lon ?? NaN, 6);
});

test('a skipped local time is refused with both readings, then resolved by fold', async ({
  request,
}) => {
  const skipped = await expectProblem(
    await post(request, NEW_YORK_SKIPPED),
    422,
    'local_time_skipped',
  );
  expect(skipped.candidates).toHaveLength(2);
  const repeated = await expectProblem(
    await post(request, NEW_YORK_REPEATED),
    422,
    'local_time_ambiguous',
  );
  expect(repeated.candidates).toHaveLength(2);

  const res = await post(request, { ...NEW_YORK_REPEATED, disambiguation: { fold: 'later' } });
  expect(res.status()).toBe(201);
  const created = (await res.json()) as ChartCreated;
  expect(created.time).toMatchObject({ resolvedBy: 'fold', offsetMinutes: -300 });
});

test('bad subjects are 422s naming each field', async ({ request }) => {
  await expectProblem(await post(request, {}), 422, 'validation_failed', [
    'date',
    'time',
    'latitude',
    'longitude',
    'zone',
  ]);
  await expectProblem(
    await post(request, { ...PARIS_BY_UTC, date: '1990-05-15' }),
    422,
    'validation_failed',
    ['date'],
  );
  await expectProblem(
    await post(request, { ...PARIS_BY_PLACE, latitude: 10 }),
    422,
    'validation_failed',
    ['latitude'],
  );
  await expectProblem(
    await post(request, { ...NEW_YORK_BY_ZONE, zone: 'Mars/Olympus', latitude: 91 }),
    422,
    'validation_failed',
    ['zone', 'latitude'],
  );
  await expectProblem(
    await post(request, { ...PARIS_BY_PLACE, date: '15/05/1990', time: '2pm' }),
    422,
    'validation_failed',
    ['date', 'time'],
  );
  // 30 February passes the pattern; the engine's refusal names the field too.
  const impossible = await expectProblem(
    await post(request, { ...PARIS_BY_PLACE, date: '1990-02-30' }),
    422,
    'validation_failed',
  );
  expect(impossible.errors?.length).toBeGreaterThan(0);
});

test('bodies must be JSON, small and well-formed', async ({ request }) => {
  await expectProblem(
    await request.post('/api/v1/charts', {
      data: 'date=1990-05-15',
      headers: bearer(key.secret, { 'content-type': 'application/x-www-form-urlencoded' }),
    }),
    415,
    'unsupported_media_type',
  );
  await expectProblem(
    await request.post('/api/v1/charts', {
      // A Buffer, as Playwright would JSON-encode a string that does not parse.
      data: Buffer.from('{"date": '),
      headers: bearer(key.secret, { 'content-type': 'application/json' }),
    }),
    422,
    'validation_failed',
    ['(body)'],
  );
  await expectProblem(
    await post(request, { ...PARIS_BY_PLACE, padding: 'x'.repeat(70_000) }),
    413,
    'payload_too_large',
  );
});

test('an unknown or malformed hash is a 404 or a 422 on hash', async ({ request }) => {
  await expectProblem(
    await request.get('/api/v1/charts/doesnotexist00', { headers: bearer(key.secret) }),
    404,
    'not_found',
  );
  await expectProblem(
    await request.get('/api/v1/charts/bad!hash', { headers: bearer(key.secret) }),
    422,
    'validation_failed',
    ['hash'],
  );
});
