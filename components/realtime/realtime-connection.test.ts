import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RealtimeEnvelope } from '@/lib/realtime/protocol';
import type { RunningRealtimeServer } from '@/realtime/server-app';
import { internalAuth, publishRaw, startTestServer, tokenFor } from '@/realtime/test-support';
import {
  connectRealtime,
  type RealtimeConnection,
  type RealtimeStatus,
} from './realtime-connection';

let server: RunningRealtimeServer;
let connection: RealtimeConnection | undefined;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => connection?.close());
afterAll(() => server.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Opens a connection and exposes its events and statuses as awaitable queues. */
function open(token: () => Promise<string>, rooms: string[]) {
  const events: RealtimeEnvelope[] = [];
  const statuses: RealtimeStatus[] = [];
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  connection = connectRealtime({
    url: `http://127.0.0.1:${server.port}`,
    token,
    rooms,
    onEvent: (envelope) => (events.push(envelope), notify()),
    onStatus: (status) => (statuses.push(status), notify()),
    socketOptions: { transports: ['websocket'], forceNew: true },
  });
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise<void>((wake) => waiters.push(wake));
  };
  return { events, statuses, until };
}

/** Server-side state has no event to await; look again every few milliseconds. */
async function poll(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const roomSize = (room: string, size: number) =>
  poll(() => (server.io.sockets.adapter.rooms.get(room)?.size ?? 0) === size);

/** The id of the single socket in a room, once there is one. */
async function memberOf(room: string): Promise<string> {
  await roomSize(room, 1);
  const [id] = server.io.sockets.adapter.rooms.get(room) ?? [];
  return id ?? '';
}

const serverSocket = (id: string) => server.io.sockets.sockets.get(id);

describe('connectRealtime', () => {
  it('joins its rooms, delivers their events and reports refused rooms', async () => {
    const { events, statuses, until } = open(
      () => tokenFor(['batch:*']),
      ['batch:b1', 'user:someone-else'],
    );
    await until(() => statuses.at(-1)?.refusedRooms.includes('user:someone-else') ?? false);
    await roomSize('batch:b1', 1);
    await publishRaw(
      server,
      { room: 'batch:b1', event: 'batch.progress', payload: 1 },
      internalAuth,
    );
    await until(() => events.length === 1);
    expect(events[0]).toEqual({ room: 'batch:b1', event: 'batch.progress', payload: 1 });
    expect(statuses.at(-1)?.state).toBe('connected');
  });

  it('follows room changes on the live connection', async () => {
    const { events, until } = open(() => tokenFor(['batch:*']), ['batch:old']);
    await roomSize('batch:old', 1);
    connection?.setRooms(['batch:new']);
    await roomSize('batch:new', 1);
    await roomSize('batch:old', 0);
    await publishRaw(server, { room: 'batch:new', event: 'moved' }, internalAuth);
    await until(() => events.length === 1);
    expect(events[0]?.room).toBe('batch:new');
  });

  it('swaps in a fresh token before the old one lapses, on the same socket', async () => {
    let fetches = 0;
    const { events, until } = open(() => {
      fetches += 1;
      return tokenFor(['batch:*'], { ttlSeconds: fetches === 1 ? 2 : 600 });
    }, ['batch:r']);
    const socketId = await memberOf('batch:r');
    await poll(() => (serverSocket(socketId)?.data.expiresAt ?? 0) > nowSeconds() + 60);
    expect(await memberOf('batch:r')).toBe(socketId);
    await publishRaw(server, { room: 'batch:r', event: 'still-here' }, internalAuth);
    await until(() => events.length === 1);
    expect(events[0]?.event).toBe('still-here');
  });

  it('when fetching a fresh token fails, tries again and keeps the socket', async () => {
    let fetches = 0;
    open(async () => {
      fetches += 1;
      if (fetches === 2) throw new Error('token route unavailable');
      return tokenFor(['batch:*'], { ttlSeconds: fetches === 1 ? 2 : 600 });
    }, ['batch:retry']);
    const socketId = await memberOf('batch:retry');
    await poll(() => (serverSocket(socketId)?.data.expiresAt ?? 0) > nowSeconds() + 60);
    expect(fetches).toBe(3);
    expect(await memberOf('batch:retry')).toBe(socketId);
  });

  it('when the server refuses the fresh token, reconnects with it and rejoins', async () => {
    let fetches = 0;
    const { events, until } = open(() => {
      fetches += 1;
      // Another user signed in meanwhile: same connection cannot switch subject.
      const subject = fetches === 1 ? 'u-1' : 'u-2';
      return tokenFor(['batch:*'], { subject, ttlSeconds: fetches === 1 ? 2 : 600 });
    }, ['batch:switch']);
    const first = await memberOf('batch:switch');
    await poll(() => {
      const [now] = server.io.sockets.adapter.rooms.get('batch:switch') ?? [];
      return now !== undefined && now !== first;
    });
    expect(serverSocket(await memberOf('batch:switch'))?.data.subject).toBe('u-2');
    await publishRaw(server, { room: 'batch:switch', event: 'back' }, internalAuth);
    await until(() => events.length === 1);
    expect(events[0]?.event).toBe('back');
  });

  it('rejoins after the server kicks it', async () => {
    const { events, until } = open(() => tokenFor(['batch:*']), ['batch:kick']);
    await roomSize('batch:kick', 1);
    const [before] = server.io.sockets.adapter.rooms.get('batch:kick') ?? [];
    server.io.in('batch:kick').disconnectSockets(true);
    await poll(() => {
      const [now] = server.io.sockets.adapter.rooms.get('batch:kick') ?? [];
      return now !== undefined && now !== before;
    });
    await publishRaw(server, { room: 'batch:kick', event: 'back' }, internalAuth);
    await until(() => events.length === 1);
    expect(events[0]?.event).toBe('back');
  });
});
