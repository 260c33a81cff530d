import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { callRoute, issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { v1OpenApiDocument } from '@/lib/openapi/v1-document';
import { POST as aspects } from '../aspects/route';
import { GET as chartByHash } from '../charts/[hash]/route';
import { POST as charts } from '../charts/route';
import { POST as composite } from '../composite/route';
import { GET as famousPerson } from '../famous/[id]/route';
import { GET as famous } from '../famous/route';
import { GET as places } from '../places/route';
import { POST as progressions } from '../progressions/route';
import { GET as readingProgress } from '../readings/[hash]/[locale]/route';
import { POST as readings } from '../readings/route';
import { POST as lunar } from '../returns/lunar/route';
import { POST as solar } from '../returns/solar/route';
import { POST as synastry } from '../synastry/route';
import { POST as transits } from '../transits/route';
import { GET } from './route';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  sendEvent: vi.fn(async (..._args: unknown[]) => ({ mode: 'local' as const, ids: [], runs: [] })),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/jobs/send-event', () => ({ sendEvent: mocks.sendEvent }));

const V1_DIR = path.resolve(__dirname, '..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const document = v1OpenApiDocument();
type Operation = { requestBody?: unknown; responses?: Record<string, unknown>; security?: unknown[] };
const paths = document.paths as Record<string, Record<string, Operation>>;

/** Every `route.ts` under app/api/v1 as its URL template and exported HTTP methods. */
function routeFiles(dir = V1_DIR): { url: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== 'route.ts') return [];
    const relative = path.relative(V1_DIR, path.dirname(full)).split(path.sep).join('/');
    const url = `/api/v1/${relative}`.replace(/\[([^\]]+)\]/g, '{$1}');
    const source = readFileSync(full, 'utf8');
    const methods = METHODS.filter((method) => new RegExp(`export const ${method}\\b`).test(source));
    return [{ url, methods }];
  });
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and served at /api/v1/openapi.json with CORS', async () => {
    const response = await GET(new Request('https://orrery.test/api/v1/openapi.json'), {
      params: Promise.resolve({}),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const served = (await response.json()) as { openapi: string; paths: object };
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths)).toEqual(Object.keys(paths));
  });

  it('has an entry for every route file and every method it exports', () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(13);
    for (const { url, methods } of routes) {
      expect(paths[url], url).toBeDefined();
      for (const method of methods) expect(paths[url]?.[method.toLowerCase()], `${method} ${url}`).toBeDefined();
    }
    const documented = Object.entries(paths).flatMap(([url, item]) => Object.keys(item).map((m) => `${m} ${url}`));
    const served = routes.flatMap(({ url, methods }) => methods.map((m) => `${m.toLowerCase()} ${url}`));
    expect(documented.sort()).toEqual(served.sort());
  });

  it('documents keys, refusals and an example body for every keyed operation', () => {
    const text = JSON.stringify(document);
    for (const [url, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (url.endsWith('openapi.json')) continue;
        expect(operation.security, `${method} ${url}`).toHaveLength(1);
        expect(Object.keys(operation.responses ?? {}), `${method} ${url}`).toEqual(
          expect.arrayContaining(['401', '403', '429']),
        );
        if (method === 'post') expect(JSON.stringify(operation.requestBody), url).toMatch(/"\$ref"|"example/);
      }
    }
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (name.endsWith('Request') || name === 'Subject') {
        expect(JSON.stringify(schema), name).toMatch(/"examples?"/);
      }
    }
    expect(text).not.toContain('__schema');
  });
});

describe('real answers match the documented response schemas', () => {
  let database: TestDatabase;
  let key: string;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    mocks.db = database.db;
    key = (await issueTestKeys(database.db)).all;
    ajv.addSchema(JSON.parse(JSON.stringify(document)) as object, 'openapi');
  });
  afterAll(async () => {
    await stopUsageRecorder();
    await database?.destroy();
  });

  async function expectDocumented(url: string, method: string, response: Response) {
    const status = String(response.status);
    const media = response.headers.get('content-type')?.split(';')[0] ?? '';
    const pointer = ['paths', url, method, 'responses', status, 'content', media, 'schema']
      .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
      .join('/');
    const validate = ajv.getSchema(`openapi#/${pointer}`);
    expect(validate, `${method} ${url} ${status} ${media} is documented`).toBeDefined();
    const body: unknown = await response.json();
    const valid = validate?.(body);
    expect(valid ? [] : validate?.errors?.slice(0, 3)).toEqual([]);
    return body;
  }

  const subject = { date: '1990-05-15', time: '14:30', placeId: 2988507 };
  const other = { utc: '1988-11-02T06:10:00Z', latitude: 40.7128, longitude: -74.006 };

  it('for every endpoint, and for refusals', async () => {
    const post = (handler: typeof charts, url: string, body: unknown) => callRoute(handler, { path: url, body, key });
    const created = (await expectDocumented('/api/v1/charts', 'post', await post(charts, '/api/v1/charts', subject))) as {
      hash: string;
    };
    const { hash } = created;
    await expectDocumented(
      '/api/v1/charts/{hash}',
      'get',
      await callRoute(chartByHash, { path: `/api/v1/charts/${hash}`, key }, { hash }),
    );
    await expectDocumented('/api/v1/places', 'get', await callRoute(places, { path: '/api/v1/places?q=Lyon', key }));
    await expectDocumented('/api/v1/famous', 'get', await callRoute(famous, { path: '/api/v1/famous?q=curie', key }));
    for (const id of ['albert-einstein', 'frida-kahlo']) {
      await expectDocumented(
        '/api/v1/famous/{id}',
        'get',
        await callRoute(famousPerson, { path: `/api/v1/famous/${id}`, key }, { id }),
      );
    }
    const computed: [typeof charts, string, unknown][] = [
      [aspects, '/api/v1/aspects', { subject }],
      [transits, '/api/v1/transits', { subject, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', transiting: ['mars'] }],
      [synastry, '/api/v1/synastry', { a: subject, b: other }],
      [composite, '/api/v1/composite', { a: subject, b: other }],
      [progressions, '/api/v1/progressions', { subject, at: '2026-01-01T00:00:00Z', method: 'naibod' }],
      [solar, '/api/v1/returns/solar', { subject, year: 2030 }],
      [lunar, '/api/v1/returns/lunar', { subject, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }],
      [readings, '/api/v1/readings', { chartHash: hash, locale: 'en' }],
    ];
    for (const [handler, url, body] of computed) await expectDocumented(url, 'post', await post(handler, url, body));
    await expectDocumented(
      '/api/v1/readings/{hash}/{locale}',
      'get',
      await callRoute(readingProgress, { path: `/api/v1/readings/${hash}/en`, key }, { hash, locale: 'en' }),
    );
    const skipped = await post(charts, '/api/v1/charts', {
      date: '2021-03-14',
      time: '02:30',
      latitude: 40.7,
      longitude: -74,
      zone: 'America/New_York',
    });
    await expectDocumented('/api/v1/charts', 'post', skipped);
    await expectDocumented('/api/v1/charts', 'post', await callRoute(charts, { path: '/api/v1/charts', body: {} }));
  });
});
