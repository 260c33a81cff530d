import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import type { RoomGrant } from '@/lib/realtime/grants';
import { deriveRealtimeKeys } from '@/lib/realtime/keys';
import { signRealtimeToken } from '@/lib/realtime/jwt';
import {
  EVENT,
  JOIN,
  type ClientToServerEvents,
  type JoinAck,
  type RealtimeEnvelope,
  type ServerToClientEvents,
} from '@/lib/realtime/protocol';
import { startRealtimeServer, type RunningRealtimeServer } from './server-app';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';
export const testKeys = deriveRealtimeKeys(TEST_SECRET);

export function startTestServer(extra: { redisUrl?: string; redisKey?: string } = {}) {
  return startRealtimeServer({
    port: 0,
    host: '127.0.0.1',
    secret: TEST_SECRET,
    logger: pino({ level: 'silent' }),
    ...extra,
  });
}

export function tokenFor(
  rooms: RoomGrant[],
  options: { subject?: string; ttlSeconds?: number; issuedAt?: number } = {},
) {
  return signRealtimeToken({
    key: testKeys.jwtKey,
    subject: options.subject ?? 'u-1',
    rooms,
    ...options,
  });
}

/** A client that is not connected yet; websocket only, no retries, so failures surface. */
export function client(server: RunningRealtimeServer, token?: string): TestClient {
  return connect(`http://127.0.0.1:${server.port}`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export async function connectedClient(server: RunningRealtimeServer, token: string) {
  const socket = client(server, token);
  await connected(socket);
  return socket;
}

/** Resolves with the `connect_error` a refused handshake produces. */
export function refusal(socket: TestClient): Promise<Error & { data?: { code?: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, expected a refusal')));
    socket.once('connect_error', resolve);
  });
}

export function join(socket: TestClient, room: string): Promise<JoinAck> {
  return socket.emitWithAck(JOIN, room);
}

export function nextEnvelope(socket: TestClient): Promise<RealtimeEnvelope> {
  return new Promise((resolve) => socket.once(EVENT, resolve));
}

export function publishRaw(
  server: RunningRealtimeServer,
  body: unknown,
  authorization?: string,
): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}/internal/publish`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const internalAuth = `Bearer ${testKeys.internalToken}`;
