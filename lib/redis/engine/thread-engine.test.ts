import { Worker } from 'node:worker_threads';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryRequester } from '../memory-requester';
import { RestDispatcher } from '../protocol/dispatcher';
import { RedisError } from '../reply';
import { COMMAND_SEQUENCES, restAnswers } from '../testing/command-sequences';
import { MemoryEngine } from './memory-engine';
import { createThreadEngine } from './thread-engine';

const WORKER_ENTRY = new URL('./memory-engine.worker.ts', import.meta.url);
const workers: Worker[] = [];

/** The real worker entry, run from source through tsx's loader (the build runs its bundle). */
const spawnFromSource = () => {
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); });`,
    { eval: true },
  );
  workers.push(worker);
  return worker;
};

const threaded = createThreadEngine(spawnFromSource);
const local = new MemoryEngine();
afterAll(() => Promise.all([threaded.close(), local.close()]));

describe('the in-memory Redis on its own thread', () => {
  it.each(Object.keys(COMMAND_SEQUENCES))('answers %s as it does in process', async (name) => {
    const viaThread = new RestDispatcher(threaded);
    const inProcess = new RestDispatcher(local);
    const sequence = COMMAND_SEQUENCES[name]?.((key) => `thread:${name}:${key}`) ?? [];
    expect(await restAnswers(viaThread, sequence)).toEqual(await restAnswers(inProcess, sequence));
  });

  it('keeps error replies and bytes apart in pipelines and transactions', async () => {
    const settled = await threaded.pipeline([
      ['SET', 'thread:p', 'v'],
      ['INCR', 'thread:p'],
      [
        'EVAL',
        'return {redis.call("GET", KEYS[1]), redis.error_reply("NESTED no")}',
        '1',
        'thread:p',
      ],
    ]);
    expect(settled[0]).toEqual({ ok: true, reply: 'OK' });
    expect(settled[1]).toEqual({ ok: false, error: 'ERR value is not an integer or out of range' });
    const nested = settled[2]?.ok ? settled[2].reply : null;
    expect(Array.isArray(nested)).toBe(true);
    const [bytes, error] = nested as [unknown, unknown];
    expect(Buffer.isBuffer(bytes) ? bytes.toString() : bytes).toBe('v');
    expect(error).toBeInstanceOf(RedisError);

    await expect(threaded.transaction([['NOSUCHCOMMAND']])).rejects.toBeInstanceOf(RedisError);
    await expect(threaded.command(['INCR', 'thread:p'])).rejects.toThrow(/not an integer/);
  });

  it('runs @upstash/ratelimit exactly under concurrency', async () => {
    const redis = new Redis(createMemoryRequester(threaded));
    const limiter = new Ratelimit({
      redis,
      limiter: Ratelimit.slidingWindow(7, '60 s'),
      prefix: 'thread:rl',
      analytics: false,
      ephemeralCache: false,
    });
    const results = await Promise.all(Array.from({ length: 30 }, () => limiter.limit('one')));
    expect(results.filter((r) => r.success)).toHaveLength(7);
  });

  it('fails the calls of a thread that dies, and starts an empty one for the next', async () => {
    await threaded.command(['SET', 'thread:kept', 'v']);
    const waiting = threaded.command(['EVAL', 'while true do end', '0']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await workers.at(-1)?.terminate();
    await expect(waiting).rejects.toThrow(/exited/);
    expect(await threaded.command(['GET', 'thread:kept'])).toBeNull();
    expect(workers).toHaveLength(2);
  });
});
