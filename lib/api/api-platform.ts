import type { Redis } from '@upstash/redis';
import { db, type Database } from '@/db/client';
import { announcedKeyEpoch } from '@/lib/api-keys/key-epoch';
import { usageRecorder } from '@/lib/api-usage/process-usage-recorder';
import type { UsageRecorder } from '@/lib/api-usage/usage-recorder';
import { createIdempotencyStore, type IdempotencyStore } from '@/lib/idempotency/idempotency-store';
import { redis, redisMode } from '@/lib/redis/client';
import { configuredPlans } from './configured-plans';
import { createKeyCache, type KeyCache } from './key-cache';
import { createPlanLimiter, type PlanLimiter } from './plan-limiter';

/** What `withApiKey` works with; tests build their own. */
export interface ApiPlatform {
  db: Database;
  limiter: PlanLimiter;
  /** Recently authenticated keys, checked against their epoch on every use. */
  keys: KeyCache;
  usage: UsageRecorder;
  idempotency: IdempotencyStore;
}

let shared: { client: Redis; platform: ApiPlatform } | undefined;

/** The platform on the process's database and Redis (rebuilt if `redis()` was reset). */
export function apiPlatform(): ApiPlatform {
  const client = redis();
  if (shared?.client !== client) {
    shared = {
      client,
      platform: {
        db: db(),
        limiter: createPlanLimiter({
          redis: client,
          plans: configuredPlans(),
          // Only this process reaches the in-memory Redis: the epochs it announced are Redis's.
          ...(redisMode() === 'memory' ? { knownEpoch: announcedKeyEpoch } : {}),
        }),
        keys: createKeyCache(),
        usage: usageRecorder(),
        idempotency: createIdempotencyStore({ redis: client }),
      },
    };
  }
  return shared.platform;
}
