import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRedisBridge, type RedisBridge } from '@/lib/redis/bridge/server';
import { createMemoryRequester, type MemoryRequester } from '@/lib/redis/memory-requester';
import { findTestRedisUrl, NO_REDIS_MESSAGE } from '@/lib/redis/testing/real-redis';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { checkSignInLimit, resetSignInLimit } from './sign-in';

const redisUrl = await findTestRedisUrl();
if (!redisUrl) console.warn(`Sign-in limits over the bridge ${NO_REDIS_MESSAGE}`);

const WINDOW_MS = 15 * 60 * 1000;

interface Mode {
  name: string;
  available: boolean;
  open(): Promise<{ redis: Redis; close(): Promise<void> }>;
}

const modes: Mode[] = [
  {
    name: 'the in-memory stand-in',
    available: true,
    async open() {
      const requester: MemoryRequester = createMemoryRequester();
      return { redis: new Redis(requester), close: requester.close };
    },
  },
  {
    // The app's `upstash` mode is this same client, pointed at Upstash or at the bridge.
    name: 'the REST bridge to a real Redis',
    available: Boolean(redisUrl),
    async open() {
      const token = randomUUID();
      const bridge: RedisBridge = await startRedisBridge({
        redisUrl: redisUrl ?? '',
        port: 0,
        token,
      });
      return {
        redis: new Redis({ url: bridge.url, token, enableTelemetry: false }),
        close: bridge.close,
      };
    },
  },
];

describe.each(modes)('sign-in limits through $name', (mode) => {
  let limiter: RateLimiter;
  let close: () => Promise<void>;
  let counter = 0;
  const ip = () => `198.51.100.${++counter}`;
  const email = () => `user${++counter}@example.com`;

  beforeAll(async () => {
    if (!mode.available) return;
    const opened = await mode.open();
    close = opened.close;
    // A prefix per run keeps parallel runs on one Redis apart.
    limiter = createRateLimiter({ redis: opened.redis, prefix: `orrery:test:${randomUUID()}:rl` });
  });
  afterAll(async () => {
    await close?.();
  });

  // The six attempts of a test must share one window: start mid-window, time flows on.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + WINDOW_MS / 2);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function attempts(count: number, next: () => { ip: string; email: string }) {
    const results = [];
    for (let i = 0; i < count; i++) results.push(await checkSignInLimit(next(), limiter));
    return results;
  }

  it.skipIf(!mode.available)(
    'refuses the sixth attempt from one IP, whatever the email',
    async () => {
      const address = ip();
      const results = await attempts(6, () => ({ ip: address, email: email() }));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
      expect(results[5]).toMatchObject({ blockedBy: 'ip', remaining: 0, limit: 5 });
      expect(results[5]?.retryAfterSeconds).toBeGreaterThan(0);
      expect(results[5]?.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_MS / 1000);
      expect((await checkSignInLimit({ ip: ip(), email: email() }, limiter)).ok).toBe(true);
    },
  );

  it.skipIf(!mode.available)('refuses the sixth attempt for one email, from any IP', async () => {
    const address = email();
    const spellings = [address, address.toUpperCase(), ` ${address} `];
    let i = 0;
    const results = await attempts(6, () => ({ ip: ip(), email: spellings[i++ % 3] ?? address }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
    expect(results[5]?.blockedBy).toBe('email');
    expect((await checkSignInLimit({ ip: ip(), email: email() }, limiter)).ok).toBe(true);
  });

  it.skipIf(!mode.available)('counts down what is left', async () => {
    const attempt = { ip: ip(), email: email() };
    const [first, second] = await attempts(2, () => attempt);
    expect(first).toMatchObject({ ok: true, limit: 5, remaining: 4, blockedBy: null });
    expect(second).toMatchObject({ ok: true, remaining: 3, retryAfterSeconds: 0 });
  });

  it.skipIf(!mode.available)(
    'does not count attempts refused by IP against the email',
    async () => {
      const address = ip();
      await attempts(5, () => ({ ip: address, email: email() }));
      const victim = email();
      const refused = await attempts(10, () => ({ ip: address, email: victim }));
      expect(refused.every((r) => !r.ok && r.blockedBy === 'ip')).toBe(true);
      const fromElsewhere = await checkSignInLimit({ ip: ip(), email: victim }, limiter);
      expect(fromElsewhere).toMatchObject({ ok: true, remaining: 4 });
    },
  );

  it.skipIf(!mode.available)('starts afresh after a reset', async () => {
    const attempt = { ip: ip(), email: email() };
    const results = await attempts(6, () => attempt);
    expect(results[5]?.ok).toBe(false);
    await resetSignInLimit(attempt, limiter);
    expect(await checkSignInLimit(attempt, limiter)).toMatchObject({ ok: true, remaining: 4 });
  });
});
