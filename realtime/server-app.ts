import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { Server } from 'socket.io';
import { deriveRealtimeKeys } from '@/lib/realtime/keys';
import { handshakeAuth } from './handshake-auth';
import { internalHttpHandler } from './internal-http';
import { connectRedisAdapter, type RedisAdapterHandle } from './redis-adapter';
import { attachSession } from './socket-session';
import type { RealtimeServer } from './types';

export interface RealtimeServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** `REALTIME_SECRET`; the JWT key and the internal bearer are derived from it. */
  secret: string;
  /** With it, rooms are shared with every sidecar on the same Redis and `redisKey`. */
  redisUrl?: string;
  /** Channel prefix on Redis; sidecars that must share rooms use the same one. */
  redisKey?: string;
  /** Browser origins allowed for the HTTP long-polling transport (CORS). */
  corsOrigins?: string[];
  logger?: Logger;
}

export interface RunningRealtimeServer {
  port: number;
  io: RealtimeServer;
  close: () => Promise<void>;
}

/** Clients only send joins, leaves and tokens; anything bigger is abuse. */
const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/**
 * Starts the sidecar in this process: socket.io with token auth, the internal HTTP API,
 * and the Redis adapter when configured. `realtime/server.ts` is the CLI around it.
 */
export async function startRealtimeServer(
  options: RealtimeServerOptions,
): Promise<RunningRealtimeServer> {
  const log = options.logger ?? pino({ name: 'realtime' });
  const keys = deriveRealtimeKeys(options.secret);
  const redis: RedisAdapterHandle | undefined = options.redisUrl
    ? await connectRedisAdapter(options.redisUrl, options.redisKey ?? 'orrery-realtime', log)
    : undefined;

  const io: RealtimeServer = new Server({
    serveClient: false,
    maxHttpBufferSize: MAX_CLIENT_MESSAGE_BYTES,
    cors: { origin: options.corsOrigins ?? [], methods: ['GET', 'POST'] },
  });
  if (redis) io.adapter(redis.adapter);
  // socket.io forwards non-socket.io requests to the listeners present when it attaches,
  // so the internal API must be registered first.
  const httpServer = createServer(
    internalHttpHandler({
      io,
      internalToken: keys.internalToken,
      adapter: redis ? 'redis' : 'memory',
      isAdapterReady: redis ? redis.isReady : () => true,
      log,
    }),
  );
  io.attach(httpServer);
  io.use(handshakeAuth(keys.jwtKey));
  io.on('connection', (socket) => attachSession(socket, keys.jwtKey, log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;

  return {
    port,
    io,
    close: async () => {
      const closed = new Promise<void>((resolve) => httpServer.once('close', () => resolve()));
      await io.close();
      httpServer.closeAllConnections();
      await closed;
      await redis?.close();
    },
  };
}
