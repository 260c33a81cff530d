import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  EVENT,
  JOIN,
  LEAVE,
  REAUTH,
  TOKEN_EXPIRED,
  type ClientToServerEvents,
  type RealtimeEnvelope,
  type ServerToClientEvents,
} from '@/lib/realtime/protocol';
import {
  holdToken,
  refreshDelayMs,
  stillFresh,
  type HeldToken,
  type TokenSource,
} from './token-source';

export type RealtimeState = 'connecting' | 'connected' | 'disconnected' | 'failed';

export interface RealtimeStatus {
  state: RealtimeState;
  /** Last handshake or transport error, if any. */
  error?: string;
  /** Rooms the server refused (not granted by the token, malformed, too many). */
  refusedRooms: string[];
}

export interface RealtimeConnectionOptions {
  url: string;
  token: TokenSource;
  rooms: readonly string[];
  onEvent: (envelope: RealtimeEnvelope) => void;
  onStatus?: (status: RealtimeStatus) => void;
  /** Passed to socket.io-client (tests force the websocket transport). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

export interface RealtimeConnection {
  setRooms(rooms: readonly string[]): void;
  close(): void;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const MAX_RETRY_DELAY_MS = 30_000;
const ACK_TIMEOUT_MS = 10_000;

const backoffMs = (attempt: number) => Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** attempt);

/**
 * A self-healing subscription to rooms on the sidecar, with no React in it (the hook is a
 * thin wrapper). Joins on every (re)connect, swaps in a fresh token before expiry, and
 * after an auth refusal fetches a new token and retries with backoff.
 */
export function connectRealtime(options: RealtimeConnectionOptions): RealtimeConnection {
  let rooms = new Set(options.rooms);
  let token: HeldToken | undefined;
  let status: RealtimeStatus = { state: 'connecting', refusedRooms: [] };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let refreshFailures = 0;
  let closed = false;
  const canRefresh = typeof options.token === 'function';

  const report = (next: Partial<RealtimeStatus>) => {
    status = { ...status, ...next };
    options.onStatus?.(status);
  };

  const fetchToken = async (): Promise<string> => {
    if (typeof options.token === 'string') return options.token;
    token = holdToken(await options.token());
    return token.value;
  };
  const currentToken = (): Promise<string> =>
    stillFresh(token) ? Promise.resolve(token.value) : fetchToken();

  const socket: ClientSocket = io(options.url, {
    ...options.socketOptions,
    auth: (send) => {
      currentToken().then(
        (value) => send({ token: value }),
        // The server answers token_missing, which lands in the retry path below.
        () => send({}),
      );
    },
  });

  const join = async (room: string) => {
    try {
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(JOIN, room);
      const refused = status.refusedRooms.filter((r) => r !== room);
      report({ refusedRooms: ack.ok ? refused : [...refused, room] });
    } catch {
      // No answer: the connection dropped, and the next 'connect' joins again.
    }
  };

  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    if (!canRefresh || !token) return;
    refreshTimer = setTimeout(() => void refresh(), refreshDelayMs(token));
  };

  const refresh = async () => {
    if (!socket.connected) return;
    let fresh: string;
    try {
      fresh = await fetchToken();
    } catch (error) {
      // The token route is down: keep the connection and the current token, try again.
      report({ error: error instanceof Error ? error.message : String(error) });
      refreshTimer = setTimeout(() => void refresh(), backoffMs(refreshFailures++));
      return;
    }
    refreshFailures = 0;
    try {
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(REAUTH, fresh);
      if (ack.ok) return scheduleRefresh();
      report({ error: ack.error });
    } catch {
      report({ error: 're-authentication timed out' });
    }
    // Refused (e.g. another user signed in): a full handshake with the new token.
    socket.disconnect().connect();
  };

  const retryLater = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!closed) socket.connect();
    }, backoffMs(retries++));
  };

  socket.on('connect', () => {
    retries = 0;
    report({ state: 'connected', error: undefined, refusedRooms: [] });
    scheduleRefresh();
    for (const room of rooms) void join(room);
  });
  socket.on(EVENT, (envelope) => {
    if (rooms.has(envelope.room)) options.onEvent(envelope);
  });
  socket.on(TOKEN_EXPIRED, () => {
    token = undefined;
  });
  socket.on('disconnect', (reason) => {
    clearTimeout(refreshTimer);
    if (closed) return;
    report({ state: 'disconnected' });
    // The server dropped us (token ran out): socket.io does not retry that on its own.
    if (reason === 'io server disconnect' && canRefresh) retryLater();
  });
  socket.on('connect_error', (error) => {
    report({ state: socket.active ? 'connecting' : 'failed', error: error.message });
    // An auth refusal leaves the socket inactive; a fetcher may yet produce a good token.
    if (!socket.active && canRefresh) {
      token = undefined;
      report({ state: 'connecting' });
      retryLater();
    }
  });

  return {
    setRooms(next) {
      const wanted = new Set(next);
      const connected = socket.connected;
      for (const room of rooms) {
        if (!wanted.has(room) && connected) socket.emit(LEAVE, room, () => undefined);
      }
      for (const room of wanted) if (!rooms.has(room) && connected) void join(room);
      rooms = wanted;
    },
    close() {
      closed = true;
      clearTimeout(refreshTimer);
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
