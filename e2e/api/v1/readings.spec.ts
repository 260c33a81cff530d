import type { APIRequestContext } from '@playwright/test';
import { io } from 'socket.io-client';
import { bearer, expectProblem, type IssuedKey } from '../../support/api-client';
import { expect, test } from '../../support/api-test';
import { PARIS_BY_UTC } from '../../support/subjects';

test.describe.configure({ mode: 'parallel' });

interface ReadingState {
  id: string;
  status: 'pending' | 'generating' | 'done' | 'failed';
  sectionsTotal: number;
  sections: { sectionId: string; position: number; title: string; paragraphs: string[] }[];
}
interface ReadingAccepted extends ReadingState {
  room: string;
  realtime: { token: string; expiresAt: number; url: string };
  links: { self: string };
}

let key: IssuedKey;
test.beforeAll(async ({ account, admin }) => {
  key = await account.createKey({ scopes: ['charts:write', 'readings:write', 'readings:read'] });
  expect((await admin.setPlan(key.id, 'premium')).status()).toBe(200);
});

/** A chart of its own per test (a minute apart per call), so readings never collide. */
let minute = 0;
async function storedChart(request: APIRequestContext): Promise<string> {
  minute += 1;
  const utc = new Date(Date.parse(PARIS_BY_UTC.utc) + (Math.random() * 1e6 + minute) * 60_000);
  const res = await request.post('/api/v1/charts', {
    data: { ...PARIS_BY_UTC, utc: utc.toISOString() },
    headers: bearer(key.secret),
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { hash: string }).hash;
}

const requestReading = (request: APIRequestContext, chartHash: string, locale: string) =>
  request.post('/api/v1/readings', { data: { chartHash, locale }, headers: bearer(key.secret) });

test('a reading is accepted with its id, room and token, and polls to done', async ({
  request,
}) => {
  const hash = await storedChart(request);
  const res = await requestReading(request, hash, 'fr');
  expect(res.status()).toBe(202);
  const accepted = (await res.json()) as ReadingAccepted;
  expect(accepted).toMatchObject({ id: `${hash}:fr`, room: `reading:${hash}:fr` });
  expect(['pending', 'generating', 'done']).toContain(accepted.status);
  expect(accepted.links.self).toMatch(new RegExp(`/api/v1/readings/${hash}/fr$`));
  expect(res.headers()['location']).toBe(accepted.links.self);
  expect(accepted.realtime.expiresAt - Date.now()).toBeGreaterThan(9 * 60_000);
  expect(accepted.realtime.expiresAt - Date.now()).toBeLessThanOrEqual(10 * 60_000);

  let state: ReadingState | undefined;
  await expect
    .poll(
      async () => {
        const poll = await request.get(`/api/v1/readings/${hash}/fr`, {
          headers: bearer(key.secret),
        });
        expect(poll.status()).toBe(200);
        expect(poll.headers()['cache-control']).toBe('no-store');
        state = (await poll.json()) as ReadingState;
        return state.status;
      },
      { timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe('done');
  expect(state?.sectionsTotal).toBeGreaterThan(0);
  expect(state?.sections).toHaveLength(state?.sectionsTotal ?? -1);
  const positions = state?.sections.map((s) => s.position) ?? [];
  expect(positions).toEqual([...positions].sort((x, y) => x - y));
  for (const section of state?.sections ?? []) {
    expect(section.title.length).toBeGreaterThan(0);
    expect(section.paragraphs.join(' ').length).toBeGreaterThan(20);
  }

  // Asking again joins the same reading: same id, a fresh token, nothing started twice.
  const again = (await (await requestReading(request, hash, 'fr')).json()) as ReadingAccepted;
  expect(again.id).toBe(accepted.id);
  expect(again.status).toBe('done');
  expect(again.sections).toHaveLength(state?.sectionsTotal ?? -1);
});

test('the realtime token joins the reading’s room and no other', async ({ request }) => {
  const hash = await storedChart(request);
  const accepted = (await (await requestReading(request, hash, 'de')).json()) as ReadingAccepted;
  const socket = io(accepted.realtime.url, {
    auth: { token: accepted.realtime.token },
    transports: ['websocket'],
    reconnection: false,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = (await socket.timeout(5_000).emitWithAck('join', accepted.room)) as {
      ok: boolean;
    };
    expect(joined).toEqual({ ok: true });
    const other = (await socket.timeout(5_000).emitWithAck('join', `reading:${hash}:en`)) as {
      ok: boolean;
      error?: string;
    };
    expect(other).toEqual({ ok: false, error: 'forbidden' });
  } finally {
    socket.disconnect();
  }
});

test('bad reading requests: unknown chart, bad hash, bad locale', async ({ request }) => {
  await expectProblem(await requestReading(request, 'nosuchchart0000', 'en'), 404, 'not_found');
  await expectProblem(await requestReading(request, 'bad hash!', 'xx'), 422, 'validation_failed', [
    'chartHash',
    'locale',
  ]);
  await expectProblem(
    await request.post('/api/v1/readings', { data: {}, headers: bearer(key.secret) }),
    422,
    'validation_failed',
    ['chartHash', 'locale'],
  );
  const hash = await storedChart(request);
  await expectProblem(
    await request.get(`/api/v1/readings/${hash}/xx`, { headers: bearer(key.secret) }),
    422,
    'validation_failed',
    ['locale'],
  );
  // The chart exists, but nobody asked for its Portuguese reading yet.
  await expectProblem(
    await request.get(`/api/v1/readings/${hash}/pt`, { headers: bearer(key.secret) }),
    404,
    'not_found',
  );
});
