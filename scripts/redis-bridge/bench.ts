import { randomUUID } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import IORedis from 'ioredis';
import { startRedisBridge } from '@/lib/redis/bridge/server';
import { createMemoryRequester } from '@/lib/redis/memory-requester';
import { findTestRedisUrl } from '@/lib/redis/testing/real-redis';

/**
 * `npx tsx scripts/redis-bridge/bench.ts`: requests per second for a GET and for a
 * sliding-window limit check, through the in-memory stand-in, through the REST bridge, and
 * straight to Redis with ioredis for reference. Bounded: a fixed number of operations each.
 */
const OPERATIONS = 5_000;
const CONCURRENCY = 50;

async function measure(label: string, operation: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) await operation(i);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < OPERATIONS) await operation(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(OPERATIONS / seconds).toLocaleString('en');
  console.log(`${label.padEnd(44)} ${rate.padStart(8)} ops/s (${CONCURRENCY} in flight)`);
}

async function benchClient(label: string, client: Redis): Promise<void> {
  const key = `orrery:bench:${randomUUID()}`;
  await client.set(key, 'value');
  await measure(`${label}: GET`, () => client.get(key));
  const limiter = new Ratelimit({
    redis: client,
    limiter: Ratelimit.slidingWindow(1_000_000, '1 m'),
    prefix: `orrery:bench:${randomUUID()}`,
    analytics: false,
  });
  await measure(`${label}: sliding-window limit()`, (i) => limiter.limit(`id-${i % 100}`));
  await client.del(key);
}

const memory = createMemoryRequester();
await benchClient('memory stand-in', new Redis(memory));
await memory.close();

const redisUrl = await findTestRedisUrl();
if (!redisUrl) {
  console.log('No Redis (REDIS_URL unset, nothing on 127.0.0.1:6379): bridge not measured.');
} else {
  const token = randomUUID();
  const bridge = await startRedisBridge({ redisUrl, port: 0, token });
  await benchClient('REST bridge', new Redis({ url: bridge.url, token, enableTelemetry: false }));
  await bridge.close();

  const direct = new IORedis(redisUrl);
  const key = `orrery:bench:${randomUUID()}`;
  await direct.set(key, 'value');
  await measure('ioredis straight to Redis: GET', () => direct.get(key));
  await direct.del(key);
  direct.disconnect();
}
