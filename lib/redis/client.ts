import { Redis } from '@upstash/redis';
import { env } from '@/lib/config/env';
import { insideNextServer } from '@/lib/config/next-server';
import { logger } from '@/lib/logging/logger';
import { createThreadEngine } from './engine/thread-engine';
import { createMemoryRequester } from './memory-requester';
import { createRestRequester } from './rest-requester';

/** `upstash`: Upstash or our REST bridge in front of Redis. `memory`: this process only. */
export type RedisMode = 'upstash' | 'memory';

interface Holder {
  client: Redis;
  close?: () => Promise<void>;
}

// On globalThis so every route bundle and dev-server reload in a process shares one store.
const HOLDER = Symbol.for('orrery.redis');
type WithHolder = typeof globalThis & { [HOLDER]?: Holder };

/** Which Redis `redis()` reaches, from the environment. */
export function redisMode(): RedisMode {
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
  if (Boolean(url) !== Boolean(token)) {
    throw new Error('Set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN together');
  }
  return url ? 'upstash' : 'memory';
}

/**
 * The process's one Redis client, created on first use. Everything that needs Redis goes
 * through this (and `@upstash/ratelimit` on top of it).
 *
 * @example
 * await redis().set('orrery:cache:x', value, { ex: 60 });
 */
export function redis(): Redis {
  const global = globalThis as WithHolder;
  global[HOLDER] ??= createHolder();
  return global[HOLDER].client;
}

/** Forgets the client (and the in-memory data) so the next `redis()` reads the env again. */
export async function resetRedisForTests(): Promise<void> {
  const global = globalThis as WithHolder;
  const holder = global[HOLDER];
  delete global[HOLDER];
  await holder?.close?.();
}

function createHolder(): Holder {
  const config = env();
  if (redisMode() === 'upstash') {
    const requester = createRestRequester({
      url: config.UPSTASH_REDIS_REST_URL ?? '',
      token: config.UPSTASH_REDIS_REST_TOKEN ?? '',
    });
    // `@upstash/redis` only auto-pipelines clients it builds from a URL, not one given a
    // requester: ours does it instead (single commands of one turn go as one `/pipeline`).
    return {
      client: new Redis(requester),
      close: requester.close,
    };
  }
  if (config.REDIS_URL || config.NODE_ENV === 'production') {
    logger.warn(
      'Redis is in-memory for this process only: limits and caches are not shared. ' +
        'Set UPSTASH_REDIS_REST_URL/TOKEN (for REDIS_URL, run the bridge: npm run redis:bridge).',
    );
  }
  // In the web server the stand-in runs on a thread of its own, off the request thread.
  const requester = createMemoryRequester(insideNextServer() ? createThreadEngine() : undefined);
  return { client: new Redis(requester), close: requester.close };
}
