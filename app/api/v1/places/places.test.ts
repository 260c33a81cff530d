import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { PlacesPageSchema } from '@/lib/api/v1/places.schema';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';
import { callRoute, issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { GET } from './route';

const mocks = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));

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

const search = (query: string, key: string | null = keys.all) =>
  callRoute(GET, { path: `/api/v1/places${query}`, key });

describe('GET /api/v1/places', () => {
  it('walks the ranked results page by page through the next links', async () => {
    const whole = PlacesPageSchema.parse(await (await search('?q=San&limit=12')).json());
    expect(whole.data).toHaveLength(12);
    const seen: number[] = [];
    let path: string | null = '/api/v1/places?q=San&limit=5';
    let pages = 0;
    while (path !== null && seen.length < 12) {
      const response = await search(path.replace('/api/v1/places', ''));
      const page = PlacesPageSchema.parse(await response.json());
      if (page.next) expect(response.headers.get('link')).toBe(`<${page.next}>; rel="next"`);
      seen.push(...page.data.map((place) => place.id));
      path = page.next === null ? null : new URL(page.next).pathname + new URL(page.next).search;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.slice(0, 12)).toEqual(whole.data.map((place) => place.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('ends with next = null at the end of the results', async () => {
    const page = PlacesPageSchema.parse(await (await search('?q=Paris,%20FR&limit=50')).json());
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.next).toBeNull();
  });

  it('localizes labels and filters by country', async () => {
    const page = PlacesPageSchema.parse(
      await (await search('?q=Paris&country=US&locale=de&limit=3')).json(),
    );
    expect(page.data.every((place) => place.countryCode === 'US')).toBe(true);
    expect(page.data[0]?.countryName).toBe('Vereinigte Staaten');
  });

  it('keeps only the ?fields= paths', async () => {
    const body = (await (await search('?q=Paris&limit=1&fields=next')).json()) as unknown;
    expect(body).toEqual({ next: expect.stringContaining('cursor=') });
  });

  it.each([
    ['', 'q'],
    ['?q=', 'q'],
    ['?q=Paris&limit=0', 'limit'],
    ['?q=Paris&limit=abc', 'limit'],
    ['?q=Paris&cursor=%24%24', 'cursor'],
    ['?q=Paris&cursor=zz', 'cursor'],
    ['?q=Paris&locale=xx', 'locale'],
    ['?q=Paris&country=USA', 'country'],
  ])('answers 422 on %s naming %s', async (query, field) => {
    const response = await search(query);
    expect(response.status).toBe(422);
    const problem = ProblemSchema.parse(await response.json());
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('needs places:read', async () => {
    expect((await search('?q=Paris', await keys.only('charts:read'))).status).toBe(403);
    expect((await search('?q=Paris', await keys.only('places:read'))).status).toBe(200);
  });
});
