import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, apiUsageDaily, users } from '@/db/schema';
import {
  availableDrivers,
  createTestDatabase,
  type TestDatabase,
} from '@/db/testing/test-database';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { rollApiKey } from '@/lib/api-keys/roll-api-key';
import { setApiKeyPlan } from '@/lib/api-keys/set-api-key-plan';
import type { ApiScope } from '@/lib/api-keys/scopes';
import { createUsageRecorder } from '@/lib/api-usage/usage-recorder';
import { createIdempotencyStore } from '@/lib/idempotency/idempotency-store';
import type { ApiPlatform } from './api-platform';
import { createKeyCache } from './key-cache';
import { createPlanLimiter } from './plan-limiter';
import type { PlanName, PlanTable } from './plans';
import { openTestRedis, type TestRedis } from './testing/test-redis';
import { withApiKey, type ApiHandler } from './with-api-key';

const TEST_PLANS: PlanTable = {
  free: { perMinute: 3, perMonth: 1_000 },
  basic: { perMinute: 1_000, perMonth: 2 },
  premium: { perMinute: 10_000, perMonth: 100_000 },
};

describe.each(availableDrivers())('withApiKey on %s', (driver) => {
  let database: TestDatabase;
  let redis: TestRedis;
  let platform: ApiPlatform;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    redis = await openTestRedis('memory');
    platform = {
      db: database.db,
      limiter: createPlanLimiter({
        redis: redis.redis,
        plans: TEST_PLANS,
        prefix: redis.prefix,
        epochPrefix: redis.prefix,
      }),
      keys: createKeyCache(),
      usage: createUsageRecorder({ db: database.db, intervalMs: 60_000 }),
      idempotency: createIdempotencyStore({ redis: redis.redis, prefix: redis.prefix }),
    };
    const [user] = await database.db
      .insert(users)
      .values({ email: 'api@example.test' })
      .returning({ id: users.id });
    userId = user?.id ?? '';
  });
  afterAll(async () => {
    await platform?.usage.stop();
    await redis?.close();
    await database?.destroy();
  });

  /** Key changes are announced on the Redis the platform checks. */
  const announce = () => ({ redis: redis.redis, epochPrefix: redis.prefix });

  const issue = (
    plan: PlanName = 'premium',
    scopes: ApiScope[] = ['charts:read', 'charts:write'],
  ) => createApiKey(database.db, { userId, name: 'test', scopes, plan });

  function endpoint<P extends Record<string, string>>(
    handler: ApiHandler<P>,
    scope: ApiScope = 'charts:read',
  ) {
    const wrapped = withApiKey(handler, { scope, platform: () => platform });
    return (request: Request, params = {} as P) =>
      wrapped(request, { params: Promise.resolve(params) });
  }

  const call = (secret: string | null, init: RequestInit & { path?: string } = {}) =>
    new Request(`https://orrery.test${init.path ?? '/api/v1/charts'}`, {
      ...init,
      headers: {
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  const ok = endpoint(async (_request, { apiKey, requestId }) =>
    Response.json({ keyId: apiKey.id, requestId, sawHash: 'hash' in apiKey }),
  );

  it('passes the key and request id to the handler, with RateLimit fields', async () => {
    const { secret, apiKey } = await issue();
    const response = await ok(call(secret, { headers: { 'x-request-id': 'req-abcdefgh' } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      keyId: apiKey.id,
      requestId: 'req-abcdefgh',
      sawHash: false,
    });
    expect(response.headers.get('x-request-id')).toBe('req-abcdefgh');
    expect(response.headers.get('ratelimit-policy')).toBe(
      '"minute";q=10000;w=60, "month";q=100000;w=2592000',
    );
    expect(response.headers.get('ratelimit')).toMatch(
      /^"minute";r=9999;t=\d+, "month";r=99999;t=\d+$/,
    );
  });

  it('refuses missing, unknown, revoked and rolled-away keys with distinct codes', async () => {
    const expectProblem = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).code).toBe(code);
    };
    const missing = await ok(call(null));
    await expectProblem(missing, 401, 'unauthenticated');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="orrery"');

    const garbage = await ok(call('ork_live_garbage'));
    await expectProblem(garbage, 401, 'api_key_invalid');
    expect(garbage.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const revoked = await issue();
    expect((await ok(call(revoked.secret))).status).toBe(200);
    await revokeApiKey(database.db, { userId, keyId: revoked.apiKey.id, ...announce() });
    await expectProblem(await ok(call(revoked.secret)), 401, 'api_key_revoked');

    const rolled = await issue();
    const fresh = await rollApiKey(database.db, { userId, keyId: rolled.apiKey.id, ...announce() });
    await expectProblem(await ok(call(rolled.secret)), 401, 'api_key_invalid');
    expect((await ok(call(fresh.secret))).status).toBe(200);
  });

  describe('key cache', () => {
    /** A second process: its own key cache, the same database and Redis. */
    const otherProcess = (): ApiPlatform => ({ ...platform, keys: createKeyCache() });
    const endpointOn = (target: ApiPlatform) => {
      const wrapped = withApiKey(
        async (_request, { apiKey }) => Response.json({ keyId: apiKey.id, plan: apiKey.plan }),
        { scope: 'charts:read', platform: () => target },
      );
      return (secret: string) => wrapped(call(secret), { params: Promise.resolve({}) });
    };
    const codeOf = async (response: Response) =>
      ((await response.json()) as { code?: string }).code;

    it('serves a known key without the database, and refuses it at once when revoked', async () => {
      const { secret, apiKey } = await issue();
      const first = otherProcess();
      const second = otherProcess();
      const [onFirst, onSecond] = [endpointOn(first), endpointOn(second)];
      expect((await onFirst(secret)).status).toBe(200);
      expect((await onSecond(secret)).status).toBe(200);
      expect(first.keys.size).toBe(1);

      // Proof that a cached key does not read the database: a row gone behind the platform's
      // back (no announcement) is still served until the entry's short TTL runs out.
      await database.db.delete(apiKeys).where(eq(apiKeys.id, apiKey.id));
      expect((await onFirst(secret)).status).toBe(200);

      const revoked = await issue();
      expect((await onFirst(revoked.secret)).status).toBe(200);
      expect((await onSecond(revoked.secret)).status).toBe(200);
      await revokeApiKey(database.db, { userId, keyId: revoked.apiKey.id, ...announce() });
      for (const endpoint of [onFirst, onSecond]) {
        const refused = await endpoint(revoked.secret);
        expect(refused.status).toBe(401);
        expect(await codeOf(refused)).toBe('api_key_revoked');
      }
    });

    it('refuses a rolled-away secret at once in every process that cached it', async () => {
      const { secret, apiKey } = await issue();
      const processes = [otherProcess(), otherProcess()].map(endpointOn);
      for (const endpoint of processes) expect((await endpoint(secret)).status).toBe(200);
      const rolled = await rollApiKey(database.db, { userId, keyId: apiKey.id, ...announce() });
      for (const endpoint of processes) {
        const refused = await endpoint(secret);
        expect(refused.status).toBe(401);
        expect(await codeOf(refused)).toBe('api_key_invalid');
        expect((await endpoint(rolled.secret)).status).toBe(200);
      }
    });

    it('applies a plan change at once to a cached key', async () => {
      const { secret, apiKey } = await issue('free');
      const endpoint = endpointOn(otherProcess());
      expect(await (await endpoint(secret)).json()).toMatchObject({ plan: 'free' });
      await setApiKeyPlan(database.db, {
        keyId: apiKey.id,
        plan: 'premium',
        actorId: userId,
        ...announce(),
      });
      expect(await (await endpoint(secret)).json()).toMatchObject({ plan: 'premium' });
    });

    it('counts nothing for a request that found its cached key stale', async () => {
      const { secret, apiKey } = await issue('free');
      const endpoint = endpointOn(otherProcess());
      expect((await endpoint(secret)).status).toBe(200);
      await rollApiKey(database.db, { userId, keyId: apiKey.id, ...announce() });
      expect((await endpoint(secret)).status).toBe(401);
      const check = await platform.limiter.check('free', apiKey.id);
      expect(check.minute.remaining).toBe(TEST_PLANS.free.perMinute - 2);
    });
  });

  it('refuses a key without the route scope', async () => {
    const { secret } = await issue('premium', ['places:read']);
    const response = await ok(call(secret));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'scope_missing' });
  });

  it('answers 429 rate_limited exactly past the per-minute limit, with Retry-After', async () => {
    const { secret } = await issue('free');
    const statuses = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await ok(call(secret));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    if (!last) throw new Error('no response');
    expect(await last.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last.headers.get('ratelimit')).toMatch(
      new RegExp(`^"minute";r=0;t=${retryAfter}, "month";r=997;t=\\d+$`),
    );
  });

  it('answers 429 quota_exceeded once the plan quota is used', async () => {
    const { secret } = await issue('basic');
    expect((await ok(call(secret))).status).toBe(200);
    expect((await ok(call(secret))).status).toBe(200);
    const refused = await ok(call(secret));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'quota_exceeded' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit')).toMatch(/"month";r=0;t=\d+$/);
  });

  it('counts every admitted call exactly, per route pattern, under concurrency', async () => {
    const { secret, apiKey } = await issue();
    const chart = endpoint<{ id: string }>(async (_request, { params }) =>
      Response.json({ id: params.id }),
    );
    const calls = 60;
    const responses = await Promise.all(
      Array.from({ length: calls }, (_, i) =>
        chart(call(secret, { path: `/api/v1/charts/c${i}` }), { id: `c${i}` }),
      ),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await platform.usage.flush();
    const rows = await database.db
      .select({ route: apiUsageDaily.route, count: apiUsageDaily.count })
      .from(apiUsageDaily)
      .where(eq(apiUsageDaily.keyId, apiKey.id));
    expect(rows).toEqual([{ route: 'GET /api/v1/charts/[id]', count: calls }]);
  });

  it('honours Idempotency-Key on POST: one run, replay, mismatch, concurrency', async () => {
    const { secret } = await issue();
    let runs = 0;
    const create = endpoint(async (request) => {
      runs += 1;
      await sleep(50);
      const body = (await request.json()) as { name: string };
      return Response.json({ run: runs, name: body.name }, { status: 201 });
    }, 'charts:write');
    const post = (key: string, name: string) =>
      create(
        call(secret, {
          method: 'POST',
          body: JSON.stringify({ name }),
          headers: { 'idempotency-key': key, 'content-type': 'application/json' },
        }),
      );

    const key = randomUUID();
    const first = await post(key, 'Ada');
    const replay = await post(key, 'Ada');
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('ratelimit')).not.toBeNull();
    expect(await replay.json()).toEqual(await first.json());
    expect(runs).toBe(1);

    const mismatch = await post(key, 'Grace');
    expect(mismatch.status).toBe(422);
    expect(await mismatch.json()).toMatchObject({ code: 'idempotency_mismatch' });

    const together = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(together, 'Emmy')));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(runs).toBe(2);
  });

  it('maps a handler failure to an opaque 500 that keeps the RateLimit fields', async () => {
    const { secret } = await issue();
    const broken = endpoint(async () => {
      throw new Error('database password=hunter2');
    });
    const response = await broken(call(secret));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('hunter2');
    expect(response.headers.get('ratelimit-policy')).not.toBeNull();
  });
});
