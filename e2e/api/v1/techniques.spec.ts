import type { APIRequestContext } from '@playwright/test';
import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { NEW_YORK_BY_ZONE, PARIS_BY_PLACE, PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

interface Chart {
  utc: string;
  bodies: Record<string, { lon: number }>;
  houses: unknown;
}
interface Aspect {
  a: string;
  b: string;
  kind: string;
  orb: number;
  allowedOrb: number;
}

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  // Techniques need charts:read alone; charts:write stores the natal charts they are checked against.
  key = await account.createKey({ scopes: ['charts:read', 'charts:write'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

async function compute<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(`/api/v1/${path}`, { data, headers: bearer(key.secret) });
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  return (await res.json()) as T;
}

/** The natal chart, through POST /charts. */
async function natal(request: APIRequestContext, subject: unknown): Promise<{ chart: Chart }> {
  const res = await request.post('/api/v1/charts', { data: subject, headers: bearer(key.secret) });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { chart: Chart };
}

const post = (request: APIRequestContext, path: string, data: unknown) =>
  request.post(`/api/v1/${path}`, { data, headers: bearer(key.secret) });

/** Angular distance on the circle, 0–180°. */
const arc = (x: number, y: number) => Math.abs(((((x - y) % 360) + 540) % 360) - 180);

test('aspects: only the kinds asked for, each within its orb', async ({ request }) => {
  const answer = await compute<{ hash: string; time: { rule: string }; aspects: Aspect[] }>(
    request,
    'aspects',
    { subject: PARIS_BY_PLACE, aspects: { kinds: ['conjunction', 'square', 'trine'] } },
  );
  expect(answer.time.rule).toBe('iana');
  expect(answer.aspects.length).toBeGreaterThan(0);
  for (const aspect of answer.aspects) {
    expect(['conjunction', 'square', 'trine']).toContain(aspect.kind);
    expect(aspect.orb).toBeLessThanOrEqual(aspect.allowedOrb);
  }
  await expectProblem(
    await post(request, 'aspects', { subject: PARIS_BY_PLACE, aspects: { kinds: ['kite'] } }),
    422,
    'validation_failed',
    ['aspects.kinds.0'],
  );
  await expectProblem(
    await post(request, 'aspects', { subject: { date: '1990-05-15' } }),
    422,
    'validation_failed',
    ['subject.time', 'subject.latitude', 'subject.longitude', 'subject.zone'],
  );
});

test('transits: hits inside the window, at most a year', async ({ request }) => {
  const from = '2026-01-01T00:00:00Z';
  const to = '2026-07-01T00:00:00Z';
  const answer = await compute<{ hits: { transiting: string; exact: string }[] }>(
    request,
    'transits',
    { subject: PARIS_BY_PLACE, from, to, transiting: ['saturn', 'jupiter'] },
  );
  expect(answer.hits.length).toBeGreaterThan(0);
  for (const hit of answer.hits) {
    expect(['saturn', 'jupiter']).toContain(hit.transiting);
    expect(Date.parse(hit.exact)).toBeGreaterThanOrEqual(Date.parse(from));
    expect(Date.parse(hit.exact)).toBeLessThanOrEqual(Date.parse(to));
  }
  await expectProblem(
    await post(request, 'transits', {
      subject: PARIS_BY_PLACE,
      from,
      to: '2027-01-03T00:00:00Z',
    }),
    422,
    'validation_failed',
    ['to'],
  );
  await expectProblem(
    await post(request, 'transits', { subject: PARIS_BY_PLACE, from: 'yesterday', to }),
    422,
    'validation_failed',
    ['from'],
  );
});

test('synastry: both parts, overlays and a score from 0 to 100', async ({ request }) => {
  const answer = await compute<{
    a: { hash: string };
    b: { hash: string };
    aspects: Aspect[];
    aInB: Record<string, number | null>;
    score: { score: number };
  }>(request, 'synastry', { a: PARIS_BY_PLACE, b: NEW_YORK_BY_ZONE });
  expect(answer.a.hash).not.toBe(answer.b.hash);
  expect(answer.aspects.length).toBeGreaterThan(0);
  expect(answer.score.score).toBeGreaterThanOrEqual(0);
  expect(answer.score.score).toBeLessThanOrEqual(100);
  const house = answer.aInB['sun'] ?? null;
  expect(house === null || (house >= 1 && house <= 12)).toBe(true);
  // Two-subject errors name the subject they are about.
  await expectProblem(
    await post(request, 'synastry', { a: PARIS_BY_PLACE, b: { ...PARIS_BY_UTC, zone: 'UTC' } }),
    422,
    'validation_failed',
    ['b.zone'],
  );
  await expectProblem(
    await post(request, 'synastry', { a: PARIS_BY_PLACE }),
    422,
    'validation_failed',
    ['b'],
  );
});

test('composite: the Sun sits at the midpoint of the two Suns', async ({ request }) => {
  const [paris, newYork, composite] = await Promise.all([
    natal(request, PARIS_BY_PLACE),
    natal(request, NEW_YORK_BY_ZONE),
    compute<{ chart: Chart }>(request, 'composite', { a: PARIS_BY_PLACE, b: NEW_YORK_BY_ZONE }),
  ]);
  const a = paris.chart.bodies['sun']?.lon ?? NaN;
  const b = newYork.chart.bodies['sun']?.lon ?? NaN;
  const sun = composite.chart.bodies['sun']?.lon ?? NaN;
  // The nearer midpoint is equidistant from both Suns.
  expect(Math.abs(arc(sun, a) - arc(sun, b))).toBeLessThan(0.01);
  expect(arc(sun, a)).toBeLessThanOrEqual(90);
  await expectProblem(
    await post(request, 'composite', {
      a: PARIS_BY_PLACE,
      b: NEW_YORK_BY_ZONE,
      houseSystem: 'X',
    }),
    422,
    'validation_failed',
    ['houseSystem'],
  );
});

test('progressions: the age is the time since birth, by either method', async ({ request }) => {
  for (const method of ['solar_arc', 'naibod'] as const) {
    const answer = await compute<{
      chart: { progression: { ageYears: number; method: string; solarArc: number } };
    }>(request, 'progressions', { subject: PARIS_BY_UTC, at: '2026-05-15T12:30:00Z', method });
    expect(answer.chart.progression.method).toBe(method);
    expect(answer.chart.progression.ageYears).toBeCloseTo(36, 1);
    // About a degree a year.
    expect(answer.chart.progression.solarArc).toBeGreaterThan(33);
    expect(answer.chart.progression.solarArc).toBeLessThan(38);
  }
  await expectProblem(
    await post(request, 'progressions', { subject: PARIS_BY_UTC, at: '2026-05-15', method: 'x' }),
    422,
    'validation_failed',
    ['at', 'method'],
  );
});

test('solar return: in the year asked, the Sun back at its natal longitude', async ({
  request,
}) => {
  const [birth, solar] = await Promise.all([
    natal(request, PARIS_BY_UTC),
    compute<{ year: number; chart: Chart }>(request, 'returns/solar', {
      subject: PARIS_BY_UTC,
      year: 2026,
    }),
  ]);
  expect(solar.year).toBe(2026);
  expect(solar.chart.utc.slice(0, 4)).toBe('2026');
  expect(
    arc(solar.chart.bodies['sun']?.lon ?? NaN, birth.chart.bodies['sun']?.lon ?? 0),
  ).toBeLessThan(0.001);
  await expectProblem(
    await post(request, 'returns/solar', { subject: PARIS_BY_UTC, year: 1700 }),
    422,
    'validation_failed',
    ['year'],
  );
  // A return cast at the pole has no houses: the engine's refusal is a 422 on the place.
  const pole = await expectProblem(
    await post(request, 'returns/solar', {
      subject: PARIS_BY_UTC,
      year: 2026,
      place: { latitude: 90, longitude: 0 },
    }),
    422,
    'validation_failed',
  );
  expect(pole.errors?.[0]?.field).toMatch(/^place/);
});

test('lunar returns: about one every 27.3 days, each at the natal Moon', async ({ request }) => {
  const [birth, lunar] = await Promise.all([
    natal(request, PARIS_BY_UTC),
    compute<{ returns: Chart[] }>(request, 'returns/lunar', {
      subject: PARIS_BY_UTC,
      from: '2026-01-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
    }),
  ]);
  expect(lunar.returns.length).toBeGreaterThanOrEqual(3);
  expect(lunar.returns.length).toBeLessThanOrEqual(4);
  for (const chart of lunar.returns) {
    expect(
      arc(chart.bodies['moon']?.lon ?? NaN, birth.chart.bodies['moon']?.lon ?? 0),
    ).toBeLessThan(0.01);
  }
  await expectProblem(
    await post(request, 'returns/lunar', {
      subject: PARIS_BY_UTC,
      from: '2026-04-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    }),
    422,
    'validation_failed',
    ['to'],
  );
});
