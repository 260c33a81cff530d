import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { AspectsResponseSchema } from '@/lib/api/v1/aspects.schema';
import { ChartCreatedSchema } from '@/lib/api/v1/charts.schema';
import { CompositeResponseSchema, SynastryResponseSchema } from '@/lib/api/v1/pair.schema';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';
import { ProgressionsResponseSchema } from '@/lib/api/v1/progressions.schema';
import { LunarReturnResponseSchema, SolarReturnResponseSchema } from '@/lib/api/v1/returns.schema';
import { callRoute, issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { TransitsResponseSchema } from '@/lib/api/v1/transits.schema';
import { POST as aspects } from './aspects/route';
import { POST as charts } from './charts/route';
import { POST as composite } from './composite/route';
import { POST as progressions } from './progressions/route';
import { POST as lunar } from './returns/lunar/route';
import { POST as solar } from './returns/solar/route';
import { POST as synastry } from './synastry/route';
import { POST as transits } from './transits/route';

const mocks = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));

type Handler = typeof aspects;

const A = { date: '1990-05-15', time: '14:30', placeId: 2988507 };
const B = { utc: '1988-11-02T06:10:00Z', latitude: 40.7128, longitude: -74.006 };

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

const post = (handler: Handler, path: string, body: unknown, key: string = keys.all) =>
  callRoute(handler, { path, body, key });

async function answer<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status).toBe(200);
  return schema.parse(await response.json());
}

async function fieldsOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(422);
  return (ProblemSchema.parse(await response.json()).errors ?? []).map((e) => e.field);
}

async function natalChart(subject: unknown) {
  return ChartCreatedSchema.parse(await (await post(charts, '/api/v1/charts', subject)).json());
}

const angularGap = (x: number, y: number) => Math.abs(((x - y + 540) % 360) - 180);

describe('POST /api/v1/aspects', () => {
  it('answers the subject’s aspects of the asked kinds', async () => {
    const body = await answer(
      await post(aspects, '/api/v1/aspects', {
        subject: A,
        aspects: { kinds: ['square', 'trine'] },
      }),
      AspectsResponseSchema,
    );
    expect(body.aspects.length).toBeGreaterThan(0);
    expect(new Set(body.aspects.map((a) => a.kind))).toEqual(new Set(['square', 'trine']));
    expect(body.time.rule).toBe('iana');
  });

  it('names nested fields in errors', async () => {
    expect(
      await fieldsOf(await post(aspects, '/api/v1/aspects', { subject: { ...A, date: 'x' } })),
    ).toContain('subject.date');
    expect(await fieldsOf(await post(aspects, '/api/v1/aspects', {}))).toContain('subject');
  });
});

describe('POST /api/v1/transits', () => {
  it('finds exact hits inside the range', async () => {
    const request = {
      subject: A,
      from: '2026-01-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      transiting: ['sun'],
    };
    const body = await answer(
      await post(transits, '/api/v1/transits', request),
      TransitsResponseSchema,
    );
    const natal = await natalChart(A);
    expect(body.hash).toBe(natal.hash);
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) {
      expect(hit.transiting).toBe('sun');
      expect(hit.exact >= request.from && hit.exact <= '2026-04-01T00:00:00.000Z').toBe(true);
    }
    // The Sun meets its own natal place once a year: not in January to March.
    expect(body.hits.some((h) => h.natal === 'sun' && h.aspect === 'conjunction')).toBe(false);
  });

  it.each([
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'to'],
    [{ from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }, 'to'],
    [{ from: 'yesterday', to: '2026-01-01T00:00:00Z' }, 'from'],
  ])('refuses the range %j', async (range, field) => {
    expect(
      await fieldsOf(await post(transits, '/api/v1/transits', { subject: A, ...range })),
    ).toEqual([field]);
  });
});

describe('POST /api/v1/synastry and /composite', () => {
  it('scores two subjects and overlays their houses', async () => {
    const body = await answer(
      await post(synastry, '/api/v1/synastry', { a: A, b: B }),
      SynastryResponseSchema,
    );
    expect(body.score.score).toBeGreaterThanOrEqual(0);
    expect(body.score.score).toBeLessThanOrEqual(100);
    expect(body.a.time.rule).toBe('iana');
    expect(body.b.time.rule).toBe('utc');
    expect(Object.keys(body.aInB)).toContain('sun');
  });

  it('casts the composite at the midpoints', async () => {
    const body = await answer(
      await post(composite, '/api/v1/composite', { a: A, b: B }),
      CompositeResponseSchema,
    );
    const [a, b] = [await natalChart(A), await natalChart(B)];
    const sunA = a.chart.bodies.sun.lon;
    const sunB = b.chart.bodies.sun.lon;
    const mid = body.chart.bodies.sun.lon;
    expect(angularGap(mid, sunA) + angularGap(mid, sunB)).toBeCloseTo(angularGap(sunA, sunB), 6);
  });

  it('says which subject was wrong', async () => {
    const fields = await fieldsOf(
      await post(synastry, '/api/v1/synastry', { a: A, b: { ...A, placeId: 999_999_999 } }),
    );
    expect(fields).toEqual(['b.placeId']);
    const skipped = await post(composite, '/api/v1/composite', {
      a: A,
      b: {
        date: '2021-03-14',
        time: '02:30',
        latitude: 40.7,
        longitude: -74,
        zone: 'America/New_York',
      },
    });
    expect(ProblemSchema.parse(await skipped.json()).code).toBe('local_time_skipped');
  });
});

describe('POST /api/v1/progressions', () => {
  it('progresses a day per year of life', async () => {
    const body = await answer(
      await post(progressions, '/api/v1/progressions', { subject: A, at: '2026-05-15T12:30:00Z' }),
      ProgressionsResponseSchema,
    );
    expect(body.chart.progression.ageYears).toBeCloseTo(36, 1);
    const days =
      (Date.parse(body.chart.progression.progressed) - Date.parse(body.time.utc)) / 86_400_000;
    expect(days).toBeCloseTo(36, 1);
  });
});

describe('POST /api/v1/returns/solar and /lunar', () => {
  it('finds the Sun back at its natal longitude in the asked year', async () => {
    const natal = await natalChart(A);
    const body = await answer(
      await post(solar, '/api/v1/returns/solar', { subject: A, year: 2026 }),
      SolarReturnResponseSchema,
    );
    expect(body.chart.utc.slice(0, 7)).toBe('2026-05');
    expect(angularGap(body.chart.bodies.sun.lon, natal.chart.bodies.sun.lon)).toBeLessThan(1e-3);
  });

  it('finds each Moon return in the range', async () => {
    const natal = await natalChart(A);
    const body = await answer(
      await post(lunar, '/api/v1/returns/lunar', {
        subject: A,
        from: '2026-01-01T00:00:00Z',
        to: '2026-03-01T00:00:00Z',
        place: { latitude: 51.5, longitude: -0.12 },
      }),
      LunarReturnResponseSchema,
    );
    expect(body.returns.length).toBeGreaterThanOrEqual(2);
    for (const chart of body.returns) {
      expect(angularGap(chart.bodies.moon.lon, natal.chart.bodies.moon.lon)).toBeLessThan(1e-3);
      expect(chart.latitude).toBe(51.5);
    }
  });

  it('refuses a return cast at a pole as a 422, not a crash', async () => {
    const response = await post(solar, '/api/v1/returns/solar', {
      subject: A,
      year: 2026,
      place: { latitude: 90, longitude: 0 },
    });
    expect(response.status).toBe(422);
    expect(ProblemSchema.parse(await response.json()).errors).toEqual([
      { field: 'place.latitude', message: 'pole_latitude' },
    ]);
  });

  it('refuses a year out of range and a lunar range over a year', async () => {
    expect(
      await fieldsOf(await post(solar, '/api/v1/returns/solar', { subject: A, year: 1200 })),
    ).toEqual(['year']);
    const far = { subject: A, from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' };
    expect(await fieldsOf(await post(lunar, '/api/v1/returns/lunar', far))).toEqual(['to']);
  });
});

it('every technique needs charts:read', async () => {
  const key = await keys.only('places:read');
  for (const [handler, path] of [
    [aspects, '/api/v1/aspects'],
    [transits, '/api/v1/transits'],
    [synastry, '/api/v1/synastry'],
    [composite, '/api/v1/composite'],
    [progressions, '/api/v1/progressions'],
    [solar, '/api/v1/returns/solar'],
    [lunar, '/api/v1/returns/lunar'],
  ] as const) {
    const response = await post(handler, path, {}, key);
    expect(response.status).toBe(403);
  }
});
