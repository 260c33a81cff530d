import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRealtimeServer } from './server-app';
import {
  connectedClient,
  internalAuth,
  join,
  nextEnvelope,
  publishRaw,
  startTestServer,
  tokenFor,
  type TestClient,
} from './test-support';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const redisUp = await reachable(REDIS_URL);
if (!redisUp) console.warn(`Skipping Redis adapter tests: no Redis at ${REDIS_URL}`);

describe.skipIf(!redisUp)('two sidecars on one Redis', () => {
  let first: RunningRealtimeServer;
  let second: RunningRealtimeServer;
  const sockets: TestClient[] = [];

  beforeAll(async () => {
    // A key of our own, so parallel test runs on the same Redis never cross-deliver.
    const redisKey = `orrery-realtime-test-${randomUUID()}`;
    first = await startTestServer({ redisUrl: REDIS_URL, redisKey });
    second = await startTestServer({ redisUrl: REDIS_URL, redisKey });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all([first?.close(), second?.close()]);
  });

  it('delivers an event published on one sidecar to a client on the other', async () => {
    const token = await tokenFor(['batch:*']);
    const onFirst = await connectedClient(first, token);
    const otherRoomOnSecond = await connectedClient(second, token);
    sockets.push(onFirst, otherRoomOnSecond);
    await join(onFirst, 'batch:shared');
    await join(otherRoomOnSecond, 'batch:elsewhere');
    const received = nextEnvelope(onFirst);
    const receivedElsewhere = nextEnvelope(otherRoomOnSecond);

    const response = await publishRaw(
      second,
      { room: 'batch:shared', event: 'batch.progress', payload: { done: 2, total: 5 } },
      internalAuth,
    );
    expect(response.status).toBe(200);
    expect(await received).toEqual({
      room: 'batch:shared',
      event: 'batch.progress',
      payload: { done: 2, total: 5 },
    });

    await publishRaw(first, { room: 'batch:elsewhere', event: 'marker' }, internalAuth);
    expect((await receivedElsewhere).event).toBe('marker');
  });

  it('reports the Redis adapter in its health answer', async () => {
    const response = await fetch(`http://127.0.0.1:${first.port}/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', adapter: 'redis' });
  });
});
