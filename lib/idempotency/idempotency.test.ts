import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestRedis, testRedisTargets, type TestRedis } from '@/lib/api/testing/test-redis';
import { AppError } from '@/lib/errors/app-error';
import { createIdempotencyStore, type IdempotencyStore } from './idempotency-store';
import { runIdempotent } from './run-idempotent';

function counter(make: (n: number) => Response | Promise<Response>) {
  let calls = 0;
  return {
    calls: () => calls,
    execute: async () => make(++calls),
  };
}

const created = (n: number) =>
  Response.json(
    { id: `chart-${n}` },
    { status: 201, headers: { location: `/api/v1/charts/chart-${n}`, 'x-other': 'dropped' } },
  );

async function codeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => 'resolved',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

describe.each(await testRedisTargets())('idempotency on %s Redis', (target) => {
  let test: TestRedis;
  let store: IdempotencyStore;
  const scope = randomUUID();
  beforeAll(async () => {
    test = await openTestRedis(target);
    store = createIdempotencyStore({ redis: test.redis, prefix: test.prefix });
  });
  afterAll(async () => {
    await test?.close();
  });
  const run = (
    key: string,
    fingerprint: string,
    execute: () => Promise<Response>,
    waitMs = 2_000,
  ) => runIdempotent({ store, scope, key, fingerprint, waitMs, pollMs: 10 }, execute);

  it('runs once and replays the stored response, marked as a replay', async () => {
    const handler = counter(created);
    const key = randomUUID();
    const first = await run(key, 'fp', handler.execute);
    const again = await run(key, 'fp', handler.execute);
    expect(handler.calls()).toBe(1);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.status).toBe(201);
    expect(again.headers.get('location')).toBe('/api/v1/charts/chart-1');
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('x-other')).toBeNull();
    expect(await again.json()).toEqual(await first.json());
  });

  it('refuses the same key with a different request', async () => {
    const handler = counter(created);
    const key = randomUUID();
    await run(key, 'fp-a', handler.execute);
    expect(await codeOf(run(key, 'fp-b', handler.execute))).toBe('idempotency_mismatch');
    expect(handler.calls()).toBe(1);
  });

  it('runs concurrent duplicates once: they wait and get the same answer', async () => {
    const handler = counter(async (n) => {
      await sleep(150);
      return created(n);
    });
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => run(key, 'fp', handler.execute)),
    );
    expect(handler.calls()).toBe(1);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
      4,
    );
  });

  it('answers idempotency_in_progress when the first request outlasts the wait', async () => {
    let finish: () => void = () => undefined;
    const slow = counter(
      (n) => new Promise<Response>((resolve) => (finish = () => resolve(created(n)))),
    );
    const key = randomUUID();
    const first = run(key, 'fp', slow.execute);
    await vi.waitFor(() => expect(slow.calls()).toBe(1));
    expect(await codeOf(run(key, 'fp', slow.execute, 50))).toBe('idempotency_in_progress');
    finish();
    await first;
    expect((await run(key, 'fp', slow.execute)).headers.get('idempotent-replayed')).toBe('true');
    expect(slow.calls()).toBe(1);
  });

  it('stores no failure: a 5xx or a throw may be retried', async () => {
    const failing = counter((n) => (n === 1 ? new Response('oops', { status: 503 }) : created(n)));
    const key = randomUUID();
    expect((await run(key, 'fp', failing.execute)).status).toBe(503);
    expect((await run(key, 'fp', failing.execute)).status).toBe(201);
    expect(failing.calls()).toBe(2);

    const throwing = counter((n) => {
      if (n === 1) throw new AppError('validation_failed', 'bad');
      return created(n);
    });
    const other = randomUUID();
    expect(await codeOf(run(other, 'fp', throwing.execute))).toBe('validation_failed');
    expect((await run(other, 'fp', throwing.execute)).status).toBe(201);
  });

  it('keeps keys of different API keys apart', async () => {
    const handler = counter(created);
    const key = randomUUID();
    await runIdempotent({ store, scope: 'key-a', key, fingerprint: 'fp' }, handler.execute);
    await runIdempotent({ store, scope: 'key-b', key, fingerprint: 'other' }, handler.execute);
    expect(handler.calls()).toBe(2);
  });

  it('replays bodiless responses', async () => {
    const key = randomUUID();
    const noContent = async () => new Response(null, { status: 204 });
    await run(key, 'fp', noContent);
    const again = await run(key, 'fp', noContent);
    expect(again.status).toBe(204);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('lets a request take over an expired lock, and the late one cannot overwrite it', async () => {
    const shortLocks = createIdempotencyStore({
      redis: test.redis,
      prefix: test.prefix,
      lockMs: 100,
    });
    const key = randomUUID();
    const stale = await shortLocks.acquire(scope, key, 'fp');
    if (stale.kind !== 'acquired') throw new Error('expected to acquire');
    await sleep(250);
    const fresh = await shortLocks.acquire(scope, key, 'fp');
    expect(fresh.kind).toBe('acquired');
    const stored = { status: 200, headers: [], body: '' };
    expect(await shortLocks.complete(stale.claim, stored)).toBe(false);
    if (fresh.kind === 'acquired')
      expect(await shortLocks.complete(fresh.claim, stored)).toBe(true);
  });
});
