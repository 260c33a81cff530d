import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { ChartCreatedSchema, StoredChartSchema } from '@/lib/api/v1/charts.schema';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';
import { callRoute, issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { GET, OPTIONS as ITEM_OPTIONS } from './[hash]/route';
import { OPTIONS, POST } from './route';

const mocks = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));

const PARIS = 2988507;
const NEW_YORK = { latitude: 40.7128, longitude: -74.006, zone: 'America/New_York' };

let database: TestDatabase;
let keys: Awaited<ReturnType<typeof issueTestKeys>>;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  keys = await issueTestKeys(database.db);
});
afterAll(async () => {
  await stopUsageRecorder();
  await database?.destroy();
});

const create = (body: unknown, key: string | null = keys.all, headers?: Record<string, string>) =>
  callRoute(POST, { path: '/api/v1/charts', body, key, ...(headers ? { headers } : {}) });
const fetchChart = (hash: string, query = '', headers?: Record<string, string>) =>
  callRoute(
    GET,
    { path: `/api/v1/charts/${hash}${query}`, key: keys.all, ...(headers ? { headers } : {}) },
    { hash },
  );

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return ProblemSchema.parse(await response.json());
}

describe('POST /api/v1/charts', () => {
  it('computes and stores a chart from a local time at a gazetteer place', async () => {
    const response = await create({ date: '1990-05-15', time: '14:30', placeId: PARIS });
    expect(response.status).toBe(201);
    const body = ChartCreatedSchema.parse(await response.json());
    expect(response.headers.get('location')).toBe(`/api/v1/charts/${body.hash}`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body.time).toMatchObject({ rule: 'iana', resolvedBy: 'zone', offsetMinutes: 120 });
    expect(body.time.zone).toBe('Europe/Paris');
    expect(body.time.utc).toBe('1990-05-15T12:30:00.000Z');
    expect(body.chart.bodies.sun.sign).toBe('taurus');
  });

  it('takes a UT instant with coordinates and names the rule `utc`', async () => {
    const response = await create({
      utc: '1990-05-15T12:30:00Z',
      latitude: 48.8566,
      longitude: 2.3522,
    });
    expect(response.status).toBe(201);
    const body = ChartCreatedSchema.parse(await response.json());
    expect(body.time).toMatchObject({ rule: 'utc', resolvedBy: 'instant', zone: null });
    expect(body.chart.utc).toBe('1990-05-15T12:30:00.000Z');
  });

  it('uses local mean time before a zone had standard time', async () => {
    const response = await create({ date: '1850-03-01', time: '12:00', placeId: PARIS });
    const body = ChartCreatedSchema.parse(await response.json());
    expect(body.time.rule).toBe('lmt');
    expect(body.time.offsetMinutes).toBeCloseTo(2.3522 * 4, 0);
  });

  it('refuses a skipped local time with both readings, then accepts the chosen one', async () => {
    const input = { date: '2021-03-14', time: '02:30', ...NEW_YORK };
    const refused = await create(input);
    expect(refused.status).toBe(422);
    const problem = await problemOf(refused);
    expect(problem.code).toBe('local_time_skipped');
    expect(problem.candidates?.map((c) => c.utc)).toEqual([
      '2021-03-14T06:30:00.000Z',
      '2021-03-14T07:30:00.000Z',
    ]);
    const chosen = await create({ ...input, disambiguation: { fold: 'later' } });
    const body = ChartCreatedSchema.parse(await chosen.json());
    expect(body.time).toMatchObject({ resolvedBy: 'fold', utc: '2021-03-14T07:30:00.000Z' });
  });

  it('refuses a repeated local time as ambiguous; an explicit offset is rule `explicit`', async () => {
    const input = { date: '2021-11-07', time: '01:30', ...NEW_YORK };
    const problem = await problemOf(await create(input));
    expect(problem.code).toBe('local_time_ambiguous');
    expect(problem.candidates?.map((c) => c.offsetMinutes)).toEqual([-240, -300]);
    const explicit = await create({ ...input, disambiguation: { offsetMinutes: -300 } });
    const body = ChartCreatedSchema.parse(await explicit.json());
    expect(body.time).toMatchObject({ rule: 'explicit', utc: '2021-11-07T06:30:00.000Z' });
  });

  it.each([
    [{ time: '14:30', placeId: PARIS }, 'date'],
    [{ date: '1990-05-15', placeId: PARIS }, 'time'],
    [{ date: '1990-13-45', time: '14:30', placeId: PARIS }, 'date'],
    [{ date: '1990-05-15', time: '14:30', latitude: 48.8, longitude: 2.3 }, 'zone'],
    [
      { date: '1990-05-15', time: '14:30', latitude: 48.8, longitude: 2.3, zone: 'Mars/Olympus' },
      'zone',
    ],
    [{ utc: '1990-05-15T12:30:00Z', latitude: 48.8, longitude: 2.3, date: '1990-05-15' }, 'date'],
    [{ utc: '1990-05-15T12:30:00Z', latitude: 95, longitude: 2.3 }, 'latitude'],
    [{ utc: '1990-05-15T12:30:00Z', latitude: 90, longitude: 2.3 }, 'latitude'],
    [{ utc: '3990-05-15T12:30:00Z', latitude: 10, longitude: 2.3 }, 'utc'],
    [{ date: '1990-02-30', time: '14:30', placeId: PARIS }, 'date'],
    [{ date: '1990-05-15', time: '14:30', placeId: 999_999_999 }, 'placeId'],
    [{ date: '1990-05-15', time: '14:30', placeId: PARIS, houseSystem: 'nope' }, 'houseSystem'],
  ])('answers 422 naming the field for %j', async (body, field) => {
    const response = await create(body);
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('refuses malformed JSON, a non-JSON body and an oversized body', async () => {
    const malformed = await callRoute(POST, {
      path: '/api/v1/charts',
      rawBody: '{"date":',
      key: keys.all,
    });
    expect((await problemOf(malformed)).errors).toEqual([
      { field: '(body)', message: 'invalid_json' },
    ]);
    const text = await callRoute(POST, {
      path: '/api/v1/charts',
      rawBody: 'date=1990-05-15',
      key: keys.all,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
    const huge = await create({
      date: '1990-05-15',
      time: '14:30',
      placeId: PARIS,
      pad: 'x'.repeat(70_000),
    });
    expect(huge.status).toBe(413);
  });

  it('needs a key with charts:write', async () => {
    expect(
      (await create({ utc: '2000-01-01T00:00:00Z', latitude: 0, longitude: 0 }, null)).status,
    ).toBe(401);
    const readOnly = await create(
      { utc: '2000-01-01T00:00:00Z', latitude: 0, longitude: 0 },
      await keys.only('charts:read'),
    );
    expect(readOnly.status).toBe(403);
    expect((await problemOf(readOnly)).code).toBe('scope_missing');
    expect(readOnly.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers CORS preflights without a key', async () => {
    const response = await OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect((await ITEM_OPTIONS()).headers.get('access-control-allow-methods')).toContain('GET');
  });
});

describe('GET /api/v1/charts/{hash}', () => {
  let hash: string;
  beforeAll(async () => {
    const response = await create({ date: '1984-02-29', time: '06:15', placeId: PARIS });
    hash = ChartCreatedSchema.parse(await response.json()).hash;
  });

  it('answers the stored chart with an ETag and immutable caching, then 304', async () => {
    const response = await fetchChart(hash);
    expect(response.status).toBe(200);
    const body = StoredChartSchema.parse(await response.json());
    expect(body.hash).toBe(hash);
    expect(body.birth).toMatchObject({ date: '1984-02-29', time: '06:15', zone: 'Europe/Paris' });
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(new RegExp(`^"${hash}-`));
    expect(response.headers.get('cache-control')).toContain('immutable');
    const again = await fetchChart(hash, '', { 'if-none-match': `"other", W/${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('keeps only the ?fields= paths, with its own ETag', async () => {
    const response = await fetchChart(hash, '?fields=hash,chart.bodies.sun.sign');
    const body = (await response.json()) as unknown;
    expect(body).toEqual({ hash, chart: { bodies: { sun: { sign: 'pisces' } } } });
    const full = await fetchChart(hash);
    expect(response.headers.get('etag')).not.toBe(full.headers.get('etag'));
  });

  it.each([['?fields=chart.nope'], ['?fields=hash,,..'], ['?fields=']])(
    'refuses %s on fields',
    async (query) => {
      const problem = await problemOf(await fetchChart(hash, query));
      expect(problem.errors?.[0]?.field).toBe('fields');
    },
  );

  it('answers 404 for an unknown hash and 422 for a malformed one', async () => {
    expect((await fetchChart('0123456789abcdef')).status).toBe(404);
    const malformed = await fetchChart('no/such hash!');
    expect((await problemOf(malformed)).errors?.[0]?.field).toBe('hash');
  });

  it('needs charts:read', async () => {
    const response = await callRoute(
      GET,
      { path: `/api/v1/charts/${hash}`, key: await keys.only('places:read') },
      { hash },
    );
    expect(response.status).toBe(403);
  });
});
