import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';
import type { ApiScope } from '@/lib/api-keys/scopes';
import { issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { POST as aspects } from './aspects/route';
import { GET as chartByHash } from './charts/[hash]/route';
import { POST as charts } from './charts/route';
import { POST as composite } from './composite/route';
import { GET as famousPerson } from './famous/[id]/route';
import { GET as famous } from './famous/route';
import { GET as places } from './places/route';
import { POST as progressions } from './progressions/route';
import { GET as readingProgress } from './readings/[hash]/[locale]/route';
import { POST as readings } from './readings/route';
import { POST as lunar } from './returns/lunar/route';
import { POST as solar } from './returns/solar/route';
import { POST as synastry } from './synastry/route';
import { POST as transits } from './transits/route';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  sendEvent: vi.fn(async (..._args: unknown[]) => ({ mode: 'local' as const, ids: [], runs: [] })),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/jobs/send-event', () => ({ sendEvent: mocks.sendEvent }));

type Handler = (request: Request, next: { params: Promise<never> }) => Promise<Response>;

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
/** Mostly `likely`, sometimes anything at all: deep enough to reach the engine, wide enough to break parsing. */
const mostly = <T>(likely: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: likely, weight: 15 }, { arbitrary: fc.anything(), weight: 1 });
const digits = (n: number) =>
  fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
const year = fc.oneof(fc.integer({ min: 1700, max: 2500 }).map(String), digits(4));
const dateLike = fc.oneof(
  {
    arbitrary: fc
      .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    weight: 4,
  },
  {
    arbitrary: fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    weight: 2,
  },
  { arbitrary: fc.string(), weight: 1 },
);
const timeLike = fc.oneof(
  { arbitrary: fc.tuple(digits(2), digits(2)).map(([h, m]) => `${h}:${m}`), weight: 4 },
  { arbitrary: fc.constantFrom('02:30', '01:30', '23:59:60', '24:00'), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);
const instantLike = fc.oneof(
  {
    arbitrary: fc
      .date({ noInvalidDate: true, min: new Date('1600-01-01'), max: new Date('2600-01-01') })
      .map((d) => d.toISOString()),
    weight: 3,
  },
  { arbitrary: dateLike.map((d) => `${d}T12:00:00Z`), weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
);
const latitude = mostly(
  fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(90, -90, 89.99, 0)),
);
const longitude = mostly(
  fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(180, -180)),
);
const zone = mostly(
  fc.oneof(
    fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC', 'Etc/GMT+14', 'Asia/Kolkata'),
    fc.string(),
  ),
);
const settings = {
  disambiguation: mostly(
    fc.oneof(
      fc.record({ fold: fc.constantFrom('earlier', 'later') }),
      fc.record({ offsetMinutes: fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 })) }),
    ),
  ),
  houseSystem: mostly(
    fc.constantFrom('placidus', 'koch', 'whole_sign', 'campanus', 'regiomontanus'),
  ),
  zodiac: mostly(fc.constantFrom({ kind: 'tropical' }, { kind: 'sidereal', ayanamsa: 'lahiri' })),
};
const optional = { requiredKeys: [] as never[] };
/** The three subject forms, each with random values, plus stray fields of the other forms. */
const subject = fc
  .oneof(
    { arbitrary: fc.record({ utc: mostly(instantLike), latitude, longitude }), weight: 3 },
    {
      arbitrary: fc.record({
        date: mostly(dateLike),
        time: mostly(timeLike),
        placeId: mostly(fc.oneof(fc.constantFrom(2988507, 5128581, 3530597), fc.integer())),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        date: mostly(dateLike),
        time: mostly(timeLike),
        latitude,
        longitude,
        zone,
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record(
        {
          utc: instantLike,
          date: dateLike,
          time: timeLike,
          placeId: fc.integer(),
          latitude,
          longitude,
          zone,
        },
        optional,
      ),
      weight: 1,
    },
  )
  .chain((form) => fc.record(settings, optional).map((extra) => ({ ...form, ...extra })));
const extras = fc.record(
  {
    from: mostly(instantLike),
    to: mostly(instantLike),
    at: mostly(instantLike),
    year: mostly(fc.oneof(fc.integer({ min: 1790, max: 2410 }), fc.integer())),
    method: mostly(fc.constantFrom('solar_arc', 'naibod')),
    transiting: mostly(
      fc.array(fc.constantFrom('sun', 'moon', 'mars', 'pluto', 'chiron'), { maxLength: 3 }),
    ),
    aspects: mostly(
      fc.oneof(
        fc.array(
          fc.record({ kind: fc.constantFrom('square', 'trine', 'quintile'), orb: fc.double() }),
          { maxLength: 3 },
        ),
        fc.record(
          {
            kinds: fc.array(fc.constantFrom('square', 'trine', 'nope')),
            aspectOrbs: fc.dictionary(fc.constantFrom('square', 'trine'), fc.double()),
          },
          optional,
        ),
      ),
    ),
    place: mostly(fc.record({ latitude, longitude })),
    chartHash: mostly(fc.oneof(fc.string(), fc.constantFrom('0123456789abcdef'))),
    locale: mostly(fc.constantFrom('en', 'de', 'xx')),
  },
  optional,
);

type Shape = 'subject' | 'single' | 'pair' | 'reading' | 'none';

const shaped: Record<Shape, fc.Arbitrary<unknown>> = {
  subject,
  single: fc.tuple(subject, extras).map(([s, e]) => ({ subject: s, ...e })),
  pair: fc.tuple(subject, subject, extras).map(([a, b, e]) => ({ a, b, ...e })),
  reading: extras,
  none: fc.constant(undefined),
};

/** A body: raw garbage, any JSON, or (mostly) the route's shape with wrong or extreme values. */
const bodyFor = (shape: Shape) =>
  fc.oneof(
    { arbitrary: fc.string().map((raw) => ({ raw })), weight: 1 },
    { arbitrary: fc.jsonValue().map((json) => ({ raw: JSON.stringify(json) })), weight: 1 },
    { arbitrary: shaped[shape].map((json) => ({ raw: JSON.stringify(json) ?? '' })), weight: 8 },
  );
const headers = fc.record(
  {
    'content-type': fc.oneof(
      {
        arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
        weight: 8,
      },
      { arbitrary: printable, weight: 1 },
    ),
    'if-none-match': printable,
    'idempotency-key': fc.oneof(
      { arbitrary: fc.uuid(), weight: 3 },
      { arbitrary: printable, weight: 1 },
    ),
    'accept-encoding': fc.oneof(fc.constant('br'), printable),
    'x-request-id': printable,
  },
  { requiredKeys: ['content-type'] },
);
const query = fc.dictionary(
  fc.oneof(
    {
      arbitrary: fc.constantFrom('q', 'limit', 'cursor', 'country', 'locale', 'fields', 'category'),
      weight: 5,
    },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  ),
  fc.oneof(
    fc.string(),
    fc.constantFrom('Paris', 'hash,chart.nope', 'hash', '0', '-1', '99', 'zz', 'a', 'en', 'US'),
  ),
  { maxKeys: 5 },
);
const segment = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom('0123456789abcdef', 'en', 'xx', '..', '%', 'a'.repeat(65)),
);
const auth = fc.oneof(
  { arbitrary: fc.constant('valid' as const), weight: 8 },
  { arbitrary: fc.constantFrom('none' as const, 'garbage' as const), weight: 1 },
);

interface RouteCase {
  name: string;
  handler: Handler;
  method: 'GET' | 'POST';
  url: (params: Record<string, string>) => string;
  params: string[];
  scope: ApiScope;
  shape: Shape;
}

function routeCase(
  name: string,
  handler: unknown,
  url: (params: Record<string, string>) => string,
  scope: ApiScope,
  params: string[] = [],
): RouteCase {
  const method = name.startsWith('GET') ? 'GET' : 'POST';
  const shape: Shape =
    method === 'GET'
      ? 'none'
      : name === 'POST /charts'
        ? 'subject'
        : name === 'POST /readings'
          ? 'reading'
          : /synastry|composite/.test(name)
            ? 'pair'
            : 'single';
  return { name, handler: handler as Handler, method, url, params, scope, shape };
}

const ROUTES: RouteCase[] = [
  routeCase('POST /charts', charts, () => '/api/v1/charts', 'charts:write'),
  routeCase('GET /charts/{hash}', chartByHash, (p) => `/api/v1/charts/${p.hash}`, 'charts:read', [
    'hash',
  ]),
  routeCase('GET /places', places, () => '/api/v1/places', 'places:read'),
  routeCase('GET /famous', famous, () => '/api/v1/famous', 'famous:read'),
  routeCase('GET /famous/{id}', famousPerson, (p) => `/api/v1/famous/${p.id}`, 'famous:read', [
    'id',
  ]),
  routeCase('POST /aspects', aspects, () => '/api/v1/aspects', 'charts:read'),
  routeCase('POST /transits', transits, () => '/api/v1/transits', 'charts:read'),
  routeCase('POST /synastry', synastry, () => '/api/v1/synastry', 'charts:read'),
  routeCase('POST /composite', composite, () => '/api/v1/composite', 'charts:read'),
  routeCase('POST /progressions', progressions, () => '/api/v1/progressions', 'charts:read'),
  routeCase('POST /returns/solar', solar, () => '/api/v1/returns/solar', 'charts:read'),
  routeCase('POST /returns/lunar', lunar, () => '/api/v1/returns/lunar', 'charts:read'),
  routeCase('POST /readings', readings, () => '/api/v1/readings', 'readings:write'),
  routeCase(
    'GET /readings/{hash}/{locale}',
    readingProgress,
    (p) => `/api/v1/readings/${p.hash}/${p.locale}`,
    'readings:read',
    ['hash', 'locale'],
  ),
];

/** 60 per route by default; FUZZ_RUNS=1000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

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

async function expectNoServerError(response: Response, method: string) {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = ProblemSchema.parse(await response.json());
    expect(problem.status).toBe(response.status);
    return `${problem.code} ${problem.errors?.[0]?.field ?? ''}`;
  } else {
    // Random input may happen to be valid; then it must be a success, never a crash.
    expect([200, 201, 202, 304]).toContain(response.status);
    expect(method === 'GET' || response.status !== 304).toBe(true);
  }
  return String(response.status);
}

describe.each(ROUTES)('fuzzing $name', ({ handler, method, url, params, scope, shape }) => {
  it('answers anything malformed with a 4xx problem, never a 5xx', async () => {
    // A key per route keeps the per-minute limit from hiding deeper refusals.
    const secret = await keys.only(scope);
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        bodyFor(shape),
        headers,
        query,
        fc.dictionary(fc.constantFrom(...(params.length ? params : ['_'])), segment),
        auth,
        async (payload, extraHeaders, search, pathParams, authMode) => {
          const values = Object.fromEntries(params.map((p) => [p, pathParams[p] ?? '']));
          const target = new URL(
            `https://orrery.test${url(Object.fromEntries(params.map((p) => [p, encodeURIComponent(values[p] ?? '')])))}`,
          );
          for (const [name, value] of Object.entries(search)) target.searchParams.set(name, value);
          const requestHeaders = new Headers(extraHeaders);
          if (authMode === 'valid') requestHeaders.set('authorization', `Bearer ${secret}`);
          if (authMode === 'garbage') requestHeaders.set('authorization', 'Bearer ork_live_nope');
          const init: RequestInit = { method, headers: requestHeaders };
          if (method === 'POST') init.body = payload.raw;
          const response = await handler(new Request(target, init), {
            params: Promise.resolve(values as never),
          });
          const status = await expectNoServerError(response, method);
          outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
        },
      ),
      { numRuns: RUNS },
    );
    // Most inputs must reach past authentication, or the property would test little.
    const admitted = [...outcomes].filter(([o]) => !/^(unauthenticated|api_key_invalid) /.test(o));
    expect(admitted.reduce((n, [, count]) => n + count, 0)).toBeGreaterThan(RUNS / 2);
  });
});
