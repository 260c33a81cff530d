import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRealtimeServer } from '@/realtime/server-app';
import {
  connectedClient,
  join,
  nextEnvelope,
  startTestServer,
  testKeys,
  tokenFor,
} from '@/realtime/test-support';
import { checkRealtime } from './health';
import { MAX_PUBLISH_BYTES } from './publish-schema';
import { createPublisher } from './publisher';

let server: RunningRealtimeServer;
let url: string;
const warnings: object[] = [];
const logger = { warn: (object: object) => void warnings.push(object) };

beforeAll(async () => {
  server = await startTestServer();
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

describe('createPublisher', () => {
  it('delivers through the sidecar and reports success', async () => {
    const publish = createPublisher({ url, internalToken: testKeys.internalToken });
    const socket = await connectedClient(server, await tokenFor(['user:u-1']));
    await join(socket, 'user:u-1');
    const received = nextEnvelope(socket);
    expect(await publish('user:u-1', 'reading.ready', { hash: 'h' })).toEqual({ ok: true });
    expect(await received).toEqual({
      room: 'user:u-1',
      event: 'reading.ready',
      payload: { hash: 'h' },
    });
    socket.disconnect();
  });

  it('returns (and logs) unauthorized with the wrong credential, without throwing', async () => {
    warnings.length = 0;
    const publish = createPublisher({ url, internalToken: 'wrong', logger });
    expect(await publish('admin', 'signup', {})).toEqual({
      ok: false,
      error: 'unauthorized',
      status: 401,
    });
    expect(warnings).toHaveLength(1);
  });

  it('validates locally before any request', async () => {
    const publish = createPublisher({ url: 'http://127.0.0.1:9', internalToken: 'x' });
    expect(await publish('admin', 'bad event name!', {})).toMatchObject({ error: 'invalid' });
    const big = 'x'.repeat(MAX_PUBLISH_BYTES);
    expect(await publish('admin', 'signup', { big })).toMatchObject({ error: 'too_large' });
  });

  it('reports an unreachable sidecar as a result', async () => {
    const closed = await startTestServer();
    const closedUrl = `http://127.0.0.1:${closed.port}`;
    await closed.close();
    const publish = createPublisher({ url: closedUrl, internalToken: testKeys.internalToken });
    expect(await publish('admin', 'signup', {})).toEqual({ ok: false, error: 'unreachable' });
  });

  it('gives up on a sidecar that never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const publish = createPublisher({
      url: `http://127.0.0.1:${port}`,
      internalToken: testKeys.internalToken,
      timeoutMs: 200,
    });
    expect(await publish('admin', 'signup', {})).toEqual({ ok: false, error: 'timeout' });
    silent.closeAllConnections();
    silent.close();
  });
});

describe('checkRealtime', () => {
  it('is ok against a running sidecar and not ok against a closed port', async () => {
    expect(await checkRealtime({ url })).toMatchObject({ ok: true, detail: 'ok' });
    const closed = await startTestServer();
    const closedUrl = `http://127.0.0.1:${closed.port}`;
    await closed.close();
    expect((await checkRealtime({ url: closedUrl })).ok).toBe(false);
  });
});
