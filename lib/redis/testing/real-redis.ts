import { connect } from 'node:net';

const LOCAL_REDIS = { host: '127.0.0.1', port: 6379 };

/**
 * The Redis integration tests run against: `REDIS_URL` when set (CI), else a Redis listening
 * on 127.0.0.1:6379, else undefined (and those tests skip, saying why).
 */
export async function findTestRedisUrl(): Promise<string | undefined> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const listening = await new Promise<boolean>((resolve) => {
    const socket = connect(LOCAL_REDIS);
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
  return listening ? `redis://${LOCAL_REDIS.host}:${LOCAL_REDIS.port}` : undefined;
}

export const NO_REDIS_MESSAGE =
  'skipped: no Redis (REDIS_URL unset and nothing listens on 127.0.0.1:6379)';
