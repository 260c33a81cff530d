import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryEngine } from '../engine/memory-engine';
import { RedisError } from '../reply';
import { RestDispatcher } from './dispatcher';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const RATELIMIT_STYLE = '#!lua flags=allow-key-locking\nreturn redis.call("INCR", KEYS[1])';

let engine: MemoryEngine;
let dispatcher: RestDispatcher;
beforeEach(() => {
  engine = new MemoryEngine();
  dispatcher = new RestDispatcher(engine);
});
afterEach(() => engine.close());

describe('RestDispatcher', () => {
  it('answers EVALSHA with the SHA the client computed for a script it rewrote', async () => {
    expect(await dispatcher.single(['EVALSHA', sha1(RATELIMIT_STYLE), '1', 'k'])).toEqual({
      ok: false,
      error: 'NOSCRIPT No matching script. Please use EVAL.',
    });
    expect(await dispatcher.single(['EVAL', RATELIMIT_STYLE, '1', 'k'])).toEqual({
      ok: true,
      reply: 1,
    });
    expect(await dispatcher.single(['evalsha', sha1(RATELIMIT_STYLE), '1', 'k'])).toEqual({
      ok: true,
      reply: 2,
    });
  });

  it('answers SCRIPT LOAD with the SHA of the script as sent', async () => {
    expect(await dispatcher.single(['SCRIPT', 'LOAD', RATELIMIT_STYLE])).toEqual({
      ok: true,
      reply: sha1(RATELIMIT_STYLE),
    });
    expect(await dispatcher.single(['SCRIPT', 'EXISTS', sha1(RATELIMIT_STYLE)])).toEqual({
      ok: true,
      reply: [1],
    });
    const [inBatch] = await dispatcher.multiExec([['EVALSHA', sha1(RATELIMIT_STYLE), '1', 'k']]);
    expect(inBatch).toEqual({ ok: true, reply: 1 });
  });

  it('refuses a command REST cannot carry without disturbing the rest of a pipeline', async () => {
    const settled = await dispatcher.pipeline([
      ['SET', 'k', 'v'],
      ['SUBSCRIBE', 'news'],
      ['GET', 'k'],
    ]);
    expect(settled).toEqual([
      { ok: true, reply: 'OK' },
      { ok: false, error: expect.stringMatching(/'subscribe' is not supported/) },
      { ok: true, reply: 'v' },
    ]);
  });

  it('refuses a whole transaction containing such a command', async () => {
    const run = dispatcher.multiExec([
      ['SET', 'k', 'v'],
      ['XREAD', 'BLOCK', '0', 'STREAMS', 's', '$'],
    ]);
    await expect(run).rejects.toBeInstanceOf(RedisError);
    expect(await engine.command(['GET', 'k'])).toBeNull();
  });
});
