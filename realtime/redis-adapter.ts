import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import { createClient } from 'redis';

export interface RedisAdapterHandle {
  adapter: ReturnType<typeof createAdapter>;
  isReady: () => boolean;
  close: () => Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5000;

/**
 * Connects the publish and subscribe clients the socket.io Redis adapter needs, so every
 * sidecar sharing `url` and `key` delivers to every room, wherever the socket is.
 * Fails fast at start-up when Redis is unreachable; after that, node-redis reconnects.
 */
export async function connectRedisAdapter(
  url: string,
  key: string,
  log: Logger,
): Promise<RedisAdapterHandle> {
  let started = false;
  const pub = createClient({
    url,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Give up (reject `connect()`) before the first success; back off forever after it.
      reconnectStrategy: (retries, cause) => (started ? Math.min(100 * 2 ** retries, 5000) : cause),
    },
  });
  const sub = pub.duplicate();
  let lastErrorLog = 0;
  const onError = (error: Error) => {
    // node-redis emits on every reconnect attempt; one line every few seconds is enough.
    if (Date.now() - lastErrorLog < 5000) return;
    lastErrorLog = Date.now();
    log.error({ err: error }, 'redis adapter connection error');
  };
  pub.on('error', onError);
  sub.on('error', onError);
  const close = async () => {
    await Promise.allSettled([pub.close(), sub.close()]);
  };
  try {
    await Promise.all([pub.connect(), sub.connect()]);
    started = true;
  } catch (error) {
    pub.destroy();
    sub.destroy();
    throw error;
  }
  return {
    adapter: createAdapter(pub, sub, { key }),
    isReady: () => pub.isReady && sub.isReady,
    close,
  };
}
