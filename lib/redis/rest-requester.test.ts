import { randomUUID } from 'node:crypto';
import { errors, Redis } from '@upstash/redis';
import { Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedisBridge, type RedisBridge } from './bridge/server';
import { createRestRequester, type RestRequester } from './rest-requester';
import { findTestRedisUrl } from './testing/real-redis';

const redisUrl = await findTestRedisUrl();

describe.skipIf(!redisUrl)('createRestRequester (through the bridge)', () => {
  const token = randomUUID();
  const key = `orrery:test:${randomUUID()}`;
  let bridge: RedisBridge;
  let requester: RestRequester;
  let ours: Redis;
  let theirs: Redis;

  beforeAll(async () => {
    bridge = await startRedisBridge({ redisUrl: redisUrl ?? '', port: 0, token });
    requester = createRestRequester({ url: bridge.url, token });
    ours = new Redis(requester);
    theirs = new Redis({ url: bridge.url, token, enableTelemetry: false });
  });
  afterAll(async () => {
    await ours.del(`${key}:s`, `${key}:h`, `${key}:n`);
    await requester.close();
    await bridge.close();
  });

  it("answers every kind of reply exactly as Upstash's own fetch client does", async () => {
    const script = "return {ARGV[1], 7, {'OK', 'né'}, redis.status_reply('OK')}";
    const run = async (client: Redis) => {
      await client.set(`${key}:s`, 'héllo ✓ \u0000 end');
      await client.hset(`${key}:h`, { a: 1, b: 'two' });
      return Promise.all([
        client.get(`${key}:s`),
        client.hgetall(`${key}:h`),
        client.incr(`${key}:n`),
        client.get(`${key}:missing`),
        client.eval(script, [], ['ünïcode']),
        client.pipeline().get(`${key}:s`).incr(`${key}:n`).exec(),
      ]);
    };
    const [mine, reference] = [await run(ours), await run(theirs)];
    expect(mine.slice(0, 2)).toEqual(reference.slice(0, 2));
    expect(mine[0]).toBe('héllo ✓ \u0000 end');
    expect(mine[3]).toBeNull();
    expect(mine[4]).toEqual(reference[4]);
    // One counter, incremented twice by each run (ours first), in whichever order the
    // auto-pipelined INCR and the explicit pipeline reach Redis.
    const counts = (answers: typeof mine) => [answers[2], answers[5][1]].sort();
    expect(counts(mine)).toEqual([1, 2]);
    expect(counts(reference)).toEqual([3, 4]);
    expect(mine[5][0]).toBe(reference[5][0]);
  });

  it('throws UpstashError naming the command for an error reply', async () => {
    await ours.set(`${key}:s`, 'text');
    const failure = await ours.incr(`${key}:s`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(errors.UpstashError);
    expect(String(failure)).toMatch(/not an integer.*command was: \["incr"/);
  });

  it('sends the commands of one turn as one pipeline, each settling on its own', async () => {
    await ours.set(`${key}:s`, 'text');
    const sent = vi.spyOn(Dispatcher.prototype, 'request');
    try {
      const [got, failed, counted] = await Promise.allSettled([
        ours.get(`${key}:s`),
        ours.incr(`${key}:s`),
        ours.incr(`${key}:n`),
      ]);
      expect(sent).toHaveBeenCalledTimes(1);
      expect(got).toEqual({ status: 'fulfilled', value: 'text' });
      expect(failed.status).toBe('rejected');
      if (failed.status === 'rejected') {
        expect(failed.reason).toBeInstanceOf(errors.UpstashError);
        expect(String(failed.reason)).toMatch(/not an integer.*command was: \["incr"/);
      }
      expect(counted.status).toBe('fulfilled');
    } finally {
      sent.mockRestore();
    }
  });

  it('is refused with a wrong token', async () => {
    const intruder = createRestRequester({ url: bridge.url, token: 'wrong' });
    try {
      await expect(new Redis(intruder).get(key)).rejects.toThrow(errors.UpstashError);
    } finally {
      await intruder.close();
    }
  });
});
