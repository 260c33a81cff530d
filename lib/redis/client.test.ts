import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/config/env';
import { startRedisBridge } from './bridge/server';
import { redis, redisMode, resetRedisForTests } from './client';
import { findTestRedisUrl } from './testing/real-redis';

const redisUrl = await findTestRedisUrl();

function useEnv(vars: Record<string, string | undefined>): void {
  vi.stubEnv('AUTH_SECRET', 'a'.repeat(32));
  vi.stubEnv('REALTIME_SECRET', 'b'.repeat(32));
  vi.stubEnv('REDIS_URL', undefined);
  vi.stubEnv('UPSTASH_REDIS_REST_URL', undefined);
  vi.stubEnv('UPSTASH_REDIS_REST_TOKEN', undefined);
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetEnvForTests();
}

describe('redis()', () => {
  beforeEach(() => resetRedisForTests());
  afterEach(async () => {
    await resetRedisForTests();
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it('is an in-memory store, one per process, when no Redis is configured', async () => {
    useEnv({});
    expect(redisMode()).toBe('memory');
    const key = `orrery:test:${randomUUID()}`;
    await redis().set(key, { planets: 10 });
    expect(redis()).toBe(redis());
    expect(await redis().get(key)).toEqual({ planets: 10 });
    const sha = await redis().scriptLoad('#!lua flags=allow-key-locking\nreturn 1');
    expect(await redis().evalsha(sha, [], [])).toBe(1);
  });

  it('refuses a REST URL without its token', () => {
    useEnv({ UPSTASH_REDIS_REST_URL: 'http://127.0.0.1:8079' });
    expect(() => redisMode()).toThrow(/together/);
  });

  it.skipIf(!redisUrl)('speaks Upstash REST when configured (here: the bridge)', async () => {
    const token = randomUUID();
    const bridge = await startRedisBridge({ redisUrl: redisUrl ?? '', port: 0, token });
    try {
      useEnv({ UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: token });
      expect(redisMode()).toBe('upstash');
      const key = `orrery:test:${randomUUID()}`;
      expect(await redis().set(key, 'through the bridge', { ex: 30 })).toBe('OK');
      expect(await redis().getdel(key)).toBe('through the bridge');

      // Concurrent commands share auto-pipelined round trips; each settles on its own.
      const counter = `${key}:n`;
      const results = await Promise.allSettled([
        ...Array.from({ length: 20 }, () => redis().incr(counter)),
        redis().hset(counter, { field: 'wrong type' }),
      ]);
      const counts = results.slice(0, 20).map((r) => (r.status === 'fulfilled' ? r.value : 0));
      expect([...counts].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect(results[20]?.status).toBe('rejected');
      expect(await redis().get(counter)).toBe(20);
      await redis().del(counter);
    } finally {
      await resetRedisForTests();
      await bridge.close();
    }
  });
});
