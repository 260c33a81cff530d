import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { startRedisBridge } from '@/lib/redis/bridge/server';
import { createMemoryRequester } from '@/lib/redis/memory-requester';
import { createRestRequester } from '@/lib/redis/rest-requester';
import { findTestRedisUrl } from '@/lib/redis/testing/real-redis';

/** `memory`: the in-process stand-in. `bridge`: real Redis behind our REST bridge. */
export type TestRedisTarget = 'memory' | 'bridge';

export interface TestRedis {
  redis: Redis;
  /** Unique per run, so parallel test files never share keys. */
  prefix: string;
  /** Deletes this run's keys and closes what was opened. */
  close(): Promise<void>;
}

/** The Redis targets to test on: the stand-in always, real Redis when one is reachable. */
export async function testRedisTargets(): Promise<TestRedisTarget[]> {
  return (await findTestRedisUrl()) ? ['memory', 'bridge'] : ['memory'];
}

/** A Redis client on `target` with a fresh key prefix. */
export async function openTestRedis(target: TestRedisTarget): Promise<TestRedis> {
  const prefix = `orrery-test:${randomUUID()}`;
  if (target === 'memory') {
    const requester = createMemoryRequester();
    return { redis: new Redis(requester), prefix, close: requester.close };
  }
  const redisUrl = await findTestRedisUrl();
  if (!redisUrl) throw new Error('openTestRedis(bridge) needs a reachable Redis');
  const token = randomBytes(16).toString('hex');
  const bridge = await startRedisBridge({ redisUrl, port: 0, token });
  // The requester production uses (`lib/redis/client.ts`).
  const requester = createRestRequester({ url: bridge.url, token });
  const redis = new Redis(requester);
  return {
    redis,
    prefix,
    close: async () => {
      await deleteByPrefix(redis, prefix);
      await requester.close();
      await bridge.close();
    },
  };
}

async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, { match: `${prefix}:*`, count: 500 });
    if (keys.length > 0) await redis.del(...keys);
    cursor = String(next);
  } while (cursor !== '0');
}
