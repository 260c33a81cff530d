import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RestDispatcher } from '../protocol/dispatcher';
import { COMMAND_SEQUENCES as SEQUENCES, restAnswers } from '../testing/command-sequences';
import { findTestRedisUrl, NO_REDIS_MESSAGE } from '../testing/real-redis';
import { IoredisEngine } from './ioredis-engine';
import { MemoryEngine } from './memory-engine';

const redisUrl = await findTestRedisUrl();
if (!redisUrl) console.warn(`Stand-in parity tests ${NO_REDIS_MESSAGE}`);

// The same command sequences through the stand-in and a real Redis must give the same REST
// answers: this is what lets the app run on the stand-in in development and tests.
describe.skipIf(!redisUrl)('the in-memory stand-in answers like a real Redis', () => {
  const memory = new MemoryEngine();
  const real = new IoredisEngine(redisUrl ?? '', () => undefined);
  const viaMemory = new RestDispatcher(memory);
  const viaRedis = new RestDispatcher(real);
  const prefix = `orrery:test:${randomUUID()}:`;

  beforeAll(() => real.connect());
  afterAll(async () => {
    const [, keys] = (await real.command([
      'SCAN',
      '0',
      'MATCH',
      `${prefix}*`,
      'COUNT',
      '1000',
    ])) as [unknown, Buffer[]];
    if (keys.length > 0) await real.command(['DEL', ...keys.map(String)]);
    await Promise.all([real.close(), memory.close()]);
  });

  it.each(Object.keys(SEQUENCES))('%s', async (name) => {
    const sequence = SEQUENCES[name]?.((key) => `${prefix}${name}:${key}`) ?? [];
    expect(await restAnswers(viaMemory, sequence)).toEqual(await restAnswers(viaRedis, sequence));
  });
});
