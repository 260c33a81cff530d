import { createHash, randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import IORedis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestRedisUrl, NO_REDIS_MESSAGE } from '../testing/real-redis';
import { startRedisBridge, type RedisBridge } from './server';

const redisUrl = await findTestRedisUrl();
if (!redisUrl) console.warn(`Redis bridge tests ${NO_REDIS_MESSAGE}`);

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

describe.skipIf(!redisUrl)('Redis REST bridge against a real Redis', () => {
  const token = randomUUID();
  const prefix = `orrery:test:${randomUUID()}:`;
  const key = (name: string) => prefix + name;
  let bridge: RedisBridge;
  let client: Redis;
  let direct: IORedis;

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(bridge.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async function directError(run: () => Promise<unknown>): Promise<string> {
    return run().then(
      () => 'no error',
      (error: Error) => error.message,
    );
  }

  beforeAll(async () => {
    bridge = await startRedisBridge({ redisUrl: redisUrl ?? '', port: 0, token });
    client = new Redis({ url: bridge.url, token, enableTelemetry: false });
    direct = new IORedis(redisUrl ?? '');
  });

  afterAll(async () => {
    const keys = await direct.keys(`${prefix}*`);
    if (keys.length > 0) await direct.del(...keys);
    direct.disconnect();
    await bridge?.close();
  });

  it('sets and reads strings, with expiry and JSON values', async () => {
    expect(await client.set(key('s'), 'plain', { ex: 60 })).toBe('OK');
    expect(await client.get(key('s'))).toBe('plain');
    expect(await direct.ttl(key('s'))).toBeGreaterThan(0);
    await client.set(key('json'), { sign: 'Leo', degrees: [12, 30] });
    expect(await client.get(key('json'))).toEqual({ sign: 'Leo', degrees: [12, 30] });
    expect(await client.incrby(key('n'), 5)).toBe(5);
    expect(await client.getdel(key('s'))).toBe('plain');
    expect(await client.get(key('s'))).toBeNull();
  });

  it('works with hashes', async () => {
    expect(await client.hset(key('h'), { sun: 'Aries', moon: 'Cancer' })).toBe(2);
    expect(await client.hgetall(key('h'))).toEqual({ sun: 'Aries', moon: 'Cancer' });
    expect(await client.hincrby(key('h'), 'count', 3)).toBe(3);
    expect(await client.hdel(key('h'), 'moon')).toBe(1);
    expect(await client.hget(key('h'), 'moon')).toBeNull();
    expect(await direct.hgetall(key('h'))).toEqual({ sun: 'Aries', count: '3' });
  });

  it('runs a pipeline in order, each command settling on its own', async () => {
    const pipeline = client.pipeline();
    pipeline.set(key('p'), 'text');
    pipeline.incr(key('p'));
    pipeline.incr(key('p-count'));
    pipeline.get(key('p'));
    const results = await pipeline.exec({ keepErrors: true });
    expect(results.map((r) => r.result)).toEqual(['OK', undefined, 1, 'text']);
    expect(results[1]?.error).toBe(await directError(() => direct.incr(key('p'))));
  });

  it('runs multi-exec atomically and aborts it whole on a queueing error', async () => {
    const multi = client.multi();
    multi.set(key('m'), 1);
    multi.incr(key('m'));
    multi.get(key('m'));
    expect(await multi.exec()).toEqual(['OK', 2, 2]);

    const aborted = await post('/multi-exec', [['set', key('m-aborted'), 'x'], ['get']]);
    expect(aborted.status).toBe(400);
    expect(aborted.body).toEqual({ error: expect.stringMatching(/^EXECABORT/) });
    expect(await direct.exists(key('m-aborted'))).toBe(0);
  });

  it('round-trips non-ASCII and control characters with and without base64', async () => {
    const text = 'héllo 🪐 日本語 \u0000\u0007 "quoted" \\ OK';
    await client.set(key('utf8'), text);
    expect(await client.get(key('utf8'))).toBe(text);
    expect(await direct.get(key('utf8'))).toBe(text);
    const plain = new Redis({ url: bridge.url, token, responseEncoding: false });
    expect(await plain.get(key('utf8'))).toBe(text);
    await client.set(key('ok'), 'OK');
    expect(await client.get(key('ok'))).toBe('OK');
  });

  it('returns the exact bytes of binary values, nested in arrays too', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xfe, 0x80, 0x41]);
    await direct.set(key('bin'), bytes);
    await direct.rpush(key('bin-list'), bytes, Buffer.from([0xc3]));
    const single = await post('/', ['get', key('bin')], { 'upstash-encoding': 'base64' });
    expect(single.body).toEqual({ result: bytes.toString('base64') });
    const list = await post('/pipeline', [['lrange', key('bin-list'), '0', '-1']], {
      'upstash-encoding': 'base64',
    });
    expect(list.body).toEqual([{ result: [bytes.toString('base64'), 'ww=='] }]);
  });

  it('passes Redis error text through unchanged', async () => {
    await direct.set(key('e'), 'not a number');
    const expected = await directError(() => direct.incr(key('e')));
    expect(expected).toMatch(/^ERR /);
    expect(await post('/', ['incr', key('e')])).toEqual({ status: 400, body: { error: expected } });
    await expect(client.incr(key('e'))).rejects.toThrow(expected);

    const wrongType = await directError(() => direct.hget(key('e'), 'f'));
    expect((await post('/', ['hget', key('e'), 'f'])).body).toEqual({ error: wrongType });
    expect((await post('/', ['evalsha', 'f'.repeat(40), '0'])).body).toEqual({
      error: expect.stringMatching(/^NOSCRIPT /),
    });
  });

  it('runs scripts with Upstash shebang flags and maps their SHAs', async () => {
    const script = '#!lua flags=allow-key-locking\nreturn redis.call("INCRBY", KEYS[1], ARGV[1])';
    expect(await client.eval(script, [key('lua')], [2])).toBe(2);
    expect(await client.evalsha(sha1(script), [key('lua')], [3])).toBe(5);

    const loaded = '#!lua flags=allow-key-locking\nreturn ARGV[1]';
    expect(await client.scriptLoad(loaded)).toBe(sha1(loaded));
    expect(await client.scriptExists(sha1(loaded))).toEqual([1]);
    // Redis may lose its script cache (restart, SCRIPT FLUSH); EVALSHA still answers.
    await direct.script('FLUSH');
    expect(await client.evalsha(sha1(loaded), [], ['still here'])).toBe('still here');
  });

  it('refuses requests without the right token', async () => {
    const anonymous = await fetch(bridge.url, { method: 'POST', body: '["ping"]' });
    expect(anonymous.status).toBe(401);
    expect((await post('/', ['ping'], { authorization: 'Bearer wrong' })).status).toBe(401);
    const intruder = new Redis({ url: bridge.url, token: 'wrong', retry: false });
    await expect(intruder.ping()).rejects.toThrow(/Unauthorized/);
  });

  it('refuses what REST cannot carry and malformed requests', async () => {
    expect(await post('/', ['blpop', key('q'), '0'])).toEqual({
      status: 400,
      body: { error: expect.stringMatching(/not supported/) },
    });
    expect((await post('/', '{not json')).status).toBe(400);
    expect((await post('/', { command: 'get' })).status).toBe(400);
    expect((await post('/set/a/b', [])).status).toBe(404);
    const get = await fetch(bridge.url, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(405);
  });
});
