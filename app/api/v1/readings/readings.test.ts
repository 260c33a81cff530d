import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { stopUsageRecorder } from '@/lib/api-usage/process-usage-recorder';
import { ChartCreatedSchema } from '@/lib/api/v1/charts.schema';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';
import { ReadingAcceptedSchema, ReadingStateSchema } from '@/lib/api/v1/readings.schema';
import { callRoute, issueTestKeys } from '@/lib/api/v1/testing/v1-client';
import { appRealtimeKeys } from '@/lib/realtime/app-keys';
import { verifyRealtimeToken } from '@/lib/realtime/jwt';
import { POST as createChart } from '../charts/route';
import { GET } from './[hash]/[locale]/route';
import { POST } from './route';

const mocks = vi.hoisted(() => ({
  db: undefined as Database | undefined,
  sendEvent: vi.fn(async (..._args: unknown[]) => ({ mode: 'local' as const, ids: [], runs: [] })),
}));
vi.mock('@/db/client', async (original) => ({
  ...(await original<typeof import('@/db/client')>()),
  db: () => mocks.db,
}));
vi.mock('@/lib/jobs/send-event', () => ({ sendEvent: mocks.sendEvent }));

let database: TestDatabase;
let keys: Awaited<ReturnType<typeof issueTestKeys>>;
let hash: string;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  mocks.db = database.db;
  keys = await issueTestKeys(database.db);
  const created = await callRoute(createChart, {
    path: '/api/v1/charts',
    body: { date: '1990-05-15', time: '14:30', placeId: 2988507 },
    key: keys.all,
  });
  hash = ChartCreatedSchema.parse(await created.json()).hash;
});
beforeEach(() => mocks.sendEvent.mockClear());
afterAll(async () => {
  await stopUsageRecorder();
  await database?.destroy();
});

const request = (body: unknown, key: string = keys.all, headers?: Record<string, string>) =>
  callRoute(POST, { path: '/api/v1/readings', body, key, ...(headers ? { headers } : {}) });
const progress = (chartHash: string, locale: string, key: string = keys.all) =>
  callRoute(
    GET,
    { path: `/api/v1/readings/${chartHash}/${locale}`, key },
    { hash: chartHash, locale },
  );

describe('POST /api/v1/readings', () => {
  it('accepts with the reading id, its room and a token for that room alone', async () => {
    const response = await request({ chartHash: hash, locale: 'en' });
    expect(response.status).toBe(202);
    const body = ReadingAcceptedSchema.parse(await response.json());
    expect(body.id).toBe(`${hash}:en`);
    expect(body.room).toBe(`reading:${hash}:en`);
    expect(body.status).toBe('pending');
    expect(response.headers.get('location')).toBe(`https://orrery.test/api/v1/readings/${hash}/en`);
    const verified = await verifyRealtimeToken(appRealtimeKeys().jwtKey, body.realtime.token);
    expect(verified.ok && verified.claims.rooms).toEqual([body.room]);
    expect(mocks.sendEvent).toHaveBeenCalledTimes(1);
    expect(mocks.sendEvent).toHaveBeenCalledWith({
      name: 'reading/requested',
      data: { chartHash: hash, locale: 'en' },
    });
  });

  it('joins a reading already under way without starting it again', async () => {
    await request({ chartHash: hash, locale: 'fr' });
    const again = await request({ chartHash: hash, locale: 'fr' });
    expect(again.status).toBe(202);
    expect(mocks.sendEvent).toHaveBeenCalledTimes(1);
  });

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const first = await request({ chartHash: hash, locale: 'de' }, keys.all, headers);
    const second = await request({ chartHash: hash, locale: 'de' }, keys.all, headers);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
  });

  it('answers 404 for an unknown chart and 422 for bad fields', async () => {
    expect((await request({ chartHash: 'abcdefgh12345678', locale: 'en' })).status).toBe(404);
    const bad = await request({ chartHash: 'x', locale: 'klingon' });
    const fields = (ProblemSchema.parse(await bad.json()).errors ?? []).map((e) => e.field);
    expect(fields.sort()).toEqual(['chartHash', 'locale']);
  });

  it('needs readings:write', async () => {
    const response = await request(
      { chartHash: hash, locale: 'en' },
      await keys.only('readings:read'),
    );
    expect(response.status).toBe(403);
  });
});

describe('GET /api/v1/readings/{hash}/{locale}', () => {
  it('answers the status and sections so far', async () => {
    await request({ chartHash: hash, locale: 'es' });
    const response = await progress(hash, 'es', await keys.only('readings:read'));
    const body = ReadingStateSchema.parse(await response.json());
    expect(body).toEqual({
      id: `${hash}:es`,
      status: 'pending',
      sectionsTotal: expect.any(Number),
      sections: [],
    });
  });

  it('answers 404 before any request and 422 for a bad locale', async () => {
    expect((await progress(hash, 'pt')).status).toBe(404);
    expect((await progress(hash, 'xx')).status).toBe(422);
  });

  it('needs readings:read', async () => {
    expect((await progress(hash, 'en', await keys.only('readings:write'))).status).toBe(403);
  });
});
