import { randomUUID } from 'node:crypto';
import { Redis, type Requester } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcedKeyEpoch, bumpKeyEpoch, keyEpochKey } from '@/lib/api-keys/key-epoch';
import { createPlanLimiter, STALE, type PlanLimiter } from './plan-limiter';
import type { PlanTable } from './plans';
import { rateLimitHeaders } from './rate-limit-headers';
import {
  openTestRedis,
  testRedisTargets,
  type TestRedis,
  type TestRedisTarget,
} from './testing/test-redis';

const TEST_PLANS: PlanTable = {
  free: { perMinute: 3, perMonth: 100 },
  basic: { perMinute: 100, perMonth: 4 },
  premium: { perMinute: 2, perMonth: 10 },
};

/** Every Redis we can reach, and the in-memory one with the epochs this process announced. */
const VARIANTS: { target: TestRedisTarget; epochs: 'read from Redis' | 'announced' }[] = [
  ...(await testRedisTargets()).map((target) => ({ target, epochs: 'read from Redis' as const })),
  { target: 'memory', epochs: 'announced' },
];

describe.each(VARIANTS)('plan limits on $target Redis, epochs $epochs', ({ target, epochs }) => {
  let test: TestRedis;
  let limiter: PlanLimiter;
  beforeAll(async () => {
    test = await openTestRedis(target);
    limiter = createPlanLimiter({
      redis: test.redis,
      plans: TEST_PLANS,
      prefix: test.prefix,
      epochPrefix: test.prefix,
      ...(epochs === 'announced' ? { knownEpoch: announcedKeyEpoch } : {}),
    });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await test?.close();
  });

  it('slides the minute: the previous minute weighs by how much of it is still in the window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const minute = Math.ceil(Date.now() / 60_000) * 60_000;
      const key = randomUUID();
      const admitted = async (count: number) => {
        const checks = [];
        for (let i = 0; i < count; i++) checks.push(await limiter.check('free', key));
        return checks.map((c) => c.refusedBy === null);
      };
      vi.setSystemTime(minute + 30_000);
      expect(await admitted(4)).toEqual([true, true, true, false]);
      // At the turn of the minute the previous one still counts whole (3 of 3).
      vi.setSystemTime(minute + 60_000);
      expect(await admitted(1)).toEqual([false]);
      // Halfway through, it counts floor(3 × 0.5) = 1: two more fit.
      vi.setSystemTime(minute + 90_000);
      expect(await admitted(3)).toEqual([true, true, false]);
      // Two minutes on, nothing of the old window is left.
      vi.setSystemTime(minute + 180_000);
      expect(await admitted(4)).toEqual([true, true, true, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses the request after the per-minute count, with headers saying so', async () => {
    const key = randomUUID();
    const checks = [];
    for (let i = 0; i < 4; i++) checks.push(await limiter.check('free', key));
    expect(checks.map((c) => c.refusedBy)).toEqual([null, null, null, 'minute']);
    expect(checks.map((c) => c.minute.remaining)).toEqual([2, 1, 0, 0]);

    const refused = checks[3];
    if (!refused) throw new Error('no fourth check');
    expect(refused.minute.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.minute.retryAfterSeconds).toBeLessThanOrEqual(60);
    const headers = rateLimitHeaders(TEST_PLANS.free, refused);
    expect(headers['RateLimit-Policy']).toBe('"minute";q=3;w=60, "month";q=100;w=2592000');
    expect(headers.RateLimit).toMatch(
      new RegExp(`^"minute";r=0;t=${refused.minute.retryAfterSeconds}, "month";r=97;t=\\d+$`),
    );
  });

  it('refuses with the quota once the month is used, whatever the minute says', async () => {
    const key = randomUUID();
    const checks = [];
    for (let i = 0; i < 5; i++) checks.push(await limiter.check('basic', key));
    expect(checks.map((c) => c.refusedBy)).toEqual([null, null, null, null, 'month']);
    expect(checks[4]?.month.remaining).toBe(0);
    expect(checks[4]?.month.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('gives throttled requests back to the quota', async () => {
    const key = randomUUID();
    const checks = [];
    for (let i = 0; i < 5; i++) checks.push(await limiter.check('premium', key));
    expect(checks.map((c) => c.refusedBy)).toEqual([null, null, 'minute', 'minute', 'minute']);
    expect(checks[4]?.month.remaining).toBe(8);
  });

  it('leaves the quota alone for throttled requests that arrive together', async () => {
    const key = randomUUID();
    const checks = await Promise.all(
      Array.from({ length: 6 }, () => limiter.check('premium', key)),
    );
    expect(checks.filter((c) => c.refusedBy === null)).toHaveLength(2);
    expect(checks.filter((c) => c.refusedBy === 'minute')).toHaveLength(4);
    const after = await limiter.check('basic', key);
    expect(after.month.remaining).toBe(TEST_PLANS.basic.perMonth - 3);
  });

  it('counts keys apart and admits exactly the limit under concurrency', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => limiter.check('free', i % 2 ? a : b)),
    );
    expect(results.filter((r) => r.refusedBy === null)).toHaveLength(6);
  });

  it('counts only while the key epoch is the one expected', async () => {
    const key = randomUUID();
    expect(await limiter.epoch(key)).toBe('');
    const first = await limiter.checkIfCurrent('free', key, '');
    expect(first).not.toBe(STALE);
    await bumpKeyEpoch(key, { redis: test.redis, epochPrefix: test.prefix });
    expect(await limiter.checkIfCurrent('free', key, '')).toBe(STALE);
    const epoch = await limiter.epoch(key);
    expect(epoch).toMatch(/^[1-9]\d*$/);
    // Whether read through Redis or from this process's announcements, it is what Redis holds.
    expect(String(await test.redis.get(keyEpochKey(key, test.prefix)))).toBe(epoch);
    const second = await limiter.checkIfCurrent('free', key, epoch ?? '');
    if (second === STALE) throw new Error('a current epoch was answered stale');
    expect(second.epoch).toBe(epoch);
    expect(second.minute.remaining).toBe(TEST_PLANS.free.perMinute - 2);
  });
});

describe('plan limits when Redis does not answer', () => {
  // Every request hangs: the limits must let the call through, marked degraded, after 2 s.
  const silent = new Redis({ request: () => new Promise(() => undefined) } satisfies Requester);

  it.each([
    { epochs: 'read from Redis', knownEpoch: undefined },
    { epochs: 'announced', knownEpoch: () => '' },
  ])('passes the request, degraded, with epochs $epochs', async ({ knownEpoch }) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const limiter = createPlanLimiter({
        redis: silent,
        plans: TEST_PLANS,
        ...(knownEpoch ? { knownEpoch } : {}),
      });
      const pending = limiter.checkIfCurrent('free', randomUUID(), '');
      await vi.advanceTimersByTimeAsync(2_000);
      const check = await pending;
      if (check === STALE) throw new Error('an unanswered epoch was taken for a change');
      expect(check.refusedBy).toBeNull();
      expect(check.epoch).toBeNull();
      expect(check.minute.degraded).toBe(true);
      expect(check.month.degraded).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
