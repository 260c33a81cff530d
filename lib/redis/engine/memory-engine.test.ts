import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedisError, type RedisReply } from '../reply';
import { MemoryEngine } from './memory-engine';

let engine: MemoryEngine;
beforeEach(() => {
  engine = new MemoryEngine({ maxRunMs: 300 });
});
afterEach(() => engine.close());

const text = (reply: RedisReply): unknown =>
  Buffer.isBuffer(reply) ? reply.toString('utf8') : Array.isArray(reply) ? reply.map(text) : reply;

async function failure(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RedisError);
  return (error as RedisError).message;
}

describe('MemoryEngine commands', () => {
  it('answers HGETALL as Redis does, a flat field/value array', async () => {
    await engine.command(['HSET', 'h', 'a', '1', 'b', '2']);
    expect(await engine.command(['hgetall', 'h'])).toEqual(['a', '1', 'b', '2']);
  });

  it('refuses unknown commands with Redis error text', async () => {
    expect(await failure(engine.command(['frobnicate', 'x']))).toBe(
      "ERR unknown command 'frobnicate', with args beginning with: 'x'",
    );
  });

  it('scans every matching key even when keys are deleted mid-scan', async () => {
    for (let i = 0; i < 40; i++) await engine.command(['SET', `scan:${i}`, '1']);
    await engine.command(['SET', 'other', '1']);
    const [, keys] = (await engine.command(['SCAN', '0', 'MATCH', 'scan:*', 'COUNT', '5'])) as [
      string,
      string[],
    ];
    expect(keys).toHaveLength(40);
  });

  it('settles each command of a transaction, and aborts one with an unknown command', async () => {
    const settled = await engine.transaction([
      ['SET', 'n', 'x'],
      ['INCR', 'n'],
      ['EVAL', 'return redis.error_reply("MYERR no")', '0'],
      ['GET', 'n'],
    ]);
    expect(settled.map((s) => (s.ok ? text(s.reply) : s.error))).toEqual([
      'OK',
      'ERR value is not an integer or out of range',
      'MYERR no',
      'x',
    ]);
    expect(await failure(engine.transaction([['SET', 'n', '1'], ['NOPE']]))).toMatch(/^EXECABORT/);
    expect(await engine.command(['GET', 'n'])).toBe('x');
  });
});

describe('MemoryEngine scripts', () => {
  const evalScript = (body: string, keys: string[] = [], argv: string[] = []) =>
    engine.command(['EVAL', body, String(keys.length), ...keys, ...argv]);

  it('converts replies to and from Lua by Redis rules', async () => {
    const reply = await evalScript(
      'return { redis.call("INCRBY", KEYS[1], ARGV[1]), false, "x", { 1, { 2, "y" } }, 3.9, true }',
      ['k'],
      ['3'],
    );
    expect(text(reply)).toEqual([3, null, 'x', [1, [2, 'y']], 3, 1]);
    // An array ends at its first nil, as in Redis.
    expect(await evalScript('return { 1, nil, 3 }')).toEqual([1]);
    expect(await evalScript('return redis.call("GET", "missing") == false')).toBe(1);
  });

  it('gives scripts nested arrays with Lua indexing (what ratelimit resets rely on)', async () => {
    for (let i = 0; i < 25; i++) await engine.command(['SET', `rl:x:${i}`, '1']);
    const deleted = await evalScript(
      `local cursor = "0"
       local n = 0
       repeat
         local page = redis.call("SCAN", cursor, "MATCH", KEYS[1])
         cursor = page[1]
         for _, key in ipairs(page[2]) do n = n + redis.call("DEL", key) end
       until cursor == "0"
       return n`,
      ['rl:x:*'],
    );
    expect(deleted).toBe(25);
    expect(await engine.command(['KEYS', 'rl:x:*'])).toEqual([]);
  });

  it('raises error replies with their text, and lets redis.pcall catch them', async () => {
    expect(await failure(evalScript('return redis.error_reply("MYERR boom")'))).toBe('MYERR boom');
    await engine.command(['SET', 's', 'abc']);
    expect(await failure(evalScript('return redis.call("INCR", KEYS[1])', ['s']))).toBe(
      'ERR value is not an integer or out of range',
    );
    expect(text(await evalScript('return redis.pcall("INCR", KEYS[1]).err', ['s']))).toBe(
      'ERR value is not an integer or out of range',
    );
    expect(await failure(evalScript('return ('))).toMatch(/^ERR Error compiling script/);
    expect(await failure(evalScript('return redis.call("EVAL", "return 1", "0")'))).toBe(
      'ERR This Redis command is not allowed from script',
    );
  });

  it('reads the shebang as Redis 7 does', async () => {
    expect(await evalScript('#!lua flags=no-writes\nreturn 7')).toBe(7);
    expect(await failure(evalScript('#!lua flags=allow-key-locking\nreturn 7'))).toBe(
      'ERR Unexpected flag in script shebang: allow-key-locking',
    );
  });

  it('caches scripts for EVALSHA and answers NOSCRIPT for unknown ones', async () => {
    const sha = await engine.command(['SCRIPT', 'LOAD', 'return ARGV[1] .. "!"']);
    expect(text(await engine.command(['EVALSHA', String(sha), '0', 'hi']))).toBe('hi!');
    expect(await engine.command(['SCRIPT', 'EXISTS', String(sha), 'f'.repeat(40)])).toEqual([1, 0]);
    await engine.command(['SCRIPT', 'FLUSH']);
    expect(await failure(engine.command(['EVALSHA', String(sha), '0']))).toBe(
      'NOSCRIPT No matching script. Please use EVAL.',
    );
  });

  it('runs each script atomically even while other requests arrive', async () => {
    const bump =
      'local v = tonumber(redis.call("GET", KEYS[1]) or "0"); redis.call("SET", KEYS[1], v + 1)';
    await Promise.all(Array.from({ length: 50 }, () => evalScript(bump, ['counter'])));
    expect(await engine.command(['GET', 'counter'])).toBe('50');
  });

  it('aborts a script that runs past its time limit', async () => {
    expect(await failure(evalScript('while true do end'))).toMatch(/^ERR script ran longer/);
    expect(await evalScript('return 1')).toBe(1);
  });
});
