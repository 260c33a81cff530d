import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from '@upstash/redis';
import { z } from 'zod';
import { storedResponseSchema, type StoredResponse } from './stored-response';

const recordSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), fingerprint: z.string(), lock: z.string() }),
  storedResponseSchema.extend({ state: z.literal('done'), fingerprint: z.string() }),
]);
export type IdempotencyRecord = z.infer<typeof recordSchema>;

/** A key this request holds: where, and the exact marker it wrote there. */
export interface IdempotencyClaim {
  redisKey: string;
  marker: string;
  fingerprint: string;
}

export type Acquired =
  { kind: 'acquired'; claim: IdempotencyClaim } | { kind: 'existing'; record: IdempotencyRecord };

export interface IdempotencyStore {
  /** Takes the key for this request, or returns what another request left there. */
  acquire(scope: string, key: string, fingerprint: string): Promise<Acquired>;
  /** Stores the response for the retention time, if the claim still holds. */
  complete(claim: IdempotencyClaim, response: StoredResponse): Promise<boolean>;
  /** Frees the key without storing anything (failures), if the claim still holds. */
  release(claim: IdempotencyClaim): Promise<void>;
}

export interface IdempotencyStoreOptions {
  redis: Redis;
  prefix?: string;
  /** How long a response is replayed. */
  retentionSeconds?: number;
  /** How long a request may hold a key before others may take it (a crashed process). */
  lockMs?: number;
}

export const RETENTION_SECONDS = 24 * 3_600;
export const LOCK_MS = 60_000;

// Returns what is stored, or stores the running marker and returns nothing: one round trip,
// and no window between the check and the write.
const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then return current end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;

// Writes (or deletes, when ARGV[2] is empty) only if the running marker is still ours: a
// request whose lock expired must not overwrite the one that took over.
const FINISH = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1`;

/**
 * Idempotency records in Redis, one per (API key, idempotency key): a running marker with a
 * lock that expires, then the stored response for 24 hours.
 *
 * @example const store = createIdempotencyStore({ redis: redis() });
 */
export function createIdempotencyStore(options: IdempotencyStoreOptions): IdempotencyStore {
  const { redis } = options;
  const prefix = options.prefix ?? 'orrery:idem';
  const retention = options.retentionSeconds ?? RETENTION_SECONDS;
  const lockMs = options.lockMs ?? LOCK_MS;
  const acquireScript = redis.createScript<unknown>(ACQUIRE);
  const finishScript = redis.createScript<number>(FINISH);

  // The client's key is hashed: any characters, fixed length, nothing of it in Redis.
  const redisKey = (scope: string, key: string) =>
    `${prefix}:${scope}:${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;

  return {
    async acquire(scope, key, fingerprint) {
      const claim: IdempotencyClaim = {
        redisKey: redisKey(scope, key),
        marker: JSON.stringify({
          state: 'running',
          fingerprint,
          lock: randomUUID(),
        } satisfies IdempotencyRecord),
        fingerprint,
      };
      const current = await acquireScript.exec([claim.redisKey], [claim.marker, String(lockMs)]);
      if (current === null || current === undefined) return { kind: 'acquired', claim };
      return { kind: 'existing', record: parseRecord(current) };
    },
    async complete(claim, response) {
      const done = JSON.stringify({
        state: 'done',
        fingerprint: claim.fingerprint,
        ...response,
      } satisfies IdempotencyRecord);
      const written = await finishScript.exec(
        [claim.redisKey],
        [claim.marker, done, String(retention)],
      );
      return written === 1;
    },
    async release(claim) {
      await finishScript.exec([claim.redisKey], [claim.marker, '', '0']);
    },
  };
}

/** Accepts the record whether or not the client already parsed the JSON. */
function parseRecord(raw: unknown): IdempotencyRecord {
  return recordSchema.parse(typeof raw === 'string' ? JSON.parse(raw) : raw);
}
