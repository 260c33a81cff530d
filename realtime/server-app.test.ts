import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REAUTH, TOKEN_EXPIRED } from '@/lib/realtime/protocol';
import { MAX_PUBLISH_BYTES } from '@/lib/realtime/publish-schema';
import { deriveRealtimeKeys } from '@/lib/realtime/keys';
import type { RunningRealtimeServer } from './server-app';
import {
  client,
  connectedClient,
  internalAuth,
  join,
  nextEnvelope,
  publishRaw,
  refusal,
  startTestServer,
  testKeys,
  tokenFor,
  type TestClient,
} from './test-support';

let server: RunningRealtimeServer;
const sockets: TestClient[] = [];
const track = (socket: TestClient) => (sockets.push(socket), socket);

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => server.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('handshake', () => {
  it('refuses a connection without a token', async () => {
    const error = await refusal(track(client(server)));
    expect(error.data?.code).toBe('token_missing');
  });

  it('refuses garbage and tokens signed with another secret', async () => {
    const garbage = await refusal(track(client(server, 'not-a-jwt')));
    expect(garbage.data?.code).toBe('token_invalid');

    const otherKey = deriveRealtimeKeys('another-secret-another-secret-another').jwtKey;
    const forged = await new SignJWT({ rooms: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('orrery')
      .setAudience('orrery-realtime')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(otherKey);
    const error = await refusal(track(client(server, forged)));
    expect(error.data?.code).toBe('token_invalid');
  });

  it('refuses a token minted for another audience', async () => {
    const token = await new SignJWT({ rooms: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('orrery')
      .setAudience('some-other-service')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(testKeys.jwtKey);
    const error = await refusal(track(client(server, token)));
    expect(error.data?.code).toBe('token_invalid');
  });

  it('refuses an expired token with a distinct code', async () => {
    const token = await tokenFor(['admin'], { issuedAt: nowSeconds() - 3600, ttlSeconds: 600 });
    const error = await refusal(track(client(server, token)));
    expect(error.data?.code).toBe('token_expired');
    expect(error.message).toMatch(/expired/);
  });
});

describe('joining rooms', () => {
  it('joins granted rooms, exact or by prefix, and nothing else', async () => {
    const socket = track(
      await connectedClient(server, await tokenFor(['user:u-1', 'reading:abc:*'])),
    );
    expect(await join(socket, 'user:u-1')).toEqual({ ok: true });
    expect(await join(socket, 'reading:abc:en')).toEqual({ ok: true });
    expect(await join(socket, 'user:u-2')).toEqual({ ok: false, error: 'forbidden' });
    expect(await join(socket, 'reading:abd:en')).toEqual({ ok: false, error: 'forbidden' });
    expect(await join(socket, 'admin')).toEqual({ ok: false, error: 'forbidden' });
    expect(await join(socket, 'user:u-1:x')).toEqual({ ok: false, error: 'invalid_room' });
  });
});

describe('publishing', () => {
  it('delivers to the room it targets and to no other room', async () => {
    const token = await tokenFor(['batch:*']);
    const inOne = track(await connectedClient(server, token));
    const inTwo = track(await connectedClient(server, token));
    await join(inOne, 'batch:one');
    await join(inTwo, 'batch:two');
    const firstForOne = nextEnvelope(inOne);
    const firstForTwo = nextEnvelope(inTwo);

    const first = await publishRaw(
      server,
      { room: 'batch:one', event: 'batch.progress', payload: { done: 1 } },
      internalAuth,
    );
    expect(first.status).toBe(200);
    // Same server, same order: had `inTwo` received the first event it would come first.
    await publishRaw(server, { room: 'batch:two', event: 'batch.done' }, internalAuth);

    expect(await firstForOne).toEqual({
      room: 'batch:one',
      event: 'batch.progress',
      payload: { done: 1 },
    });
    expect(await firstForTwo).toEqual({ room: 'batch:two', event: 'batch.done', payload: null });
  });

  it('answers 401 without or with a wrong internal credential', async () => {
    const body = { room: 'admin', event: 'signup', payload: {} };
    expect((await publishRaw(server, body)).status).toBe(401);
    expect((await publishRaw(server, body, 'Bearer wrong')).status).toBe(401);
    expect((await publishRaw(server, body, testKeys.internalToken)).status).toBe(401);
  });

  it('rejects malformed and oversized bodies', async () => {
    const bad = await publishRaw(server, { room: 'nope!', event: 'x' }, internalAuth);
    expect(bad.status).toBe(400);
    expect((await publishRaw(server, '{', internalAuth)).status).toBe(400);
    const huge = { room: 'admin', event: 'x', payload: 'a'.repeat(MAX_PUBLISH_BYTES) };
    expect((await publishRaw(server, huge, internalAuth)).status).toBe(413);
  });
});

describe('token lifecycle on a live connection', () => {
  it('accepts a fresh token for the same subject and drops rooms it no longer grants', async () => {
    const socket = track(await connectedClient(server, await tokenFor(['batch:*', 'user:u-1'])));
    await join(socket, 'batch:b1');
    await join(socket, 'user:u-1');

    const narrower = await tokenFor(['user:u-1']);
    const ack = await socket.emitWithAck(REAUTH, narrower);
    expect(ack.ok).toBe(true);
    expect(await join(socket, 'batch:b2')).toEqual({ ok: false, error: 'forbidden' });

    const received = nextEnvelope(socket);
    await publishRaw(server, { room: 'batch:b1', event: 'stale' }, internalAuth);
    await publishRaw(server, { room: 'user:u-1', event: 'fresh' }, internalAuth);
    expect((await received).event).toBe('fresh');
  });

  it("refuses another subject's token", async () => {
    const socket = track(await connectedClient(server, await tokenFor(['user:u-1'])));
    const other = await tokenFor(['user:u-2'], { subject: 'u-2' });
    expect(await socket.emitWithAck(REAUTH, other)).toEqual({
      ok: false,
      error: 'subject_mismatch',
    });
    expect(await join(socket, 'user:u-2')).toEqual({ ok: false, error: 'forbidden' });
  });

  it('disconnects a socket whose token runs out without being replaced', async () => {
    // Expired 4 s ago: still inside the 5 s clock tolerance, so it connects, then lapses.
    const token = await tokenFor(['admin'], { issuedAt: nowSeconds() - 10, ttlSeconds: 6 });
    const socket = track(await connectedClient(server, token));
    const warned = new Promise<void>((resolve) => socket.once(TOKEN_EXPIRED, () => resolve()));
    const reason = await new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await warned;
    expect(reason).toBe('io server disconnect');
  });
});

describe('health', () => {
  it('reports ok with the in-memory adapter', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', adapter: 'memory' });
  });
});
