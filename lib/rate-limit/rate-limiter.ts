import { createHash } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { redis } from '@/lib/redis/client';
import { POLICIES, type LimiterPolicy, type PolicyName } from './policies';

export interface LimitResult {
  ok: boolean;
  /** Requests allowed per window. */
  limit: number;
  remaining: number;
  /** When the current window ends (Unix ms). */
  reset: number;
  /** 0 when allowed; otherwise whole seconds to wait (for `Retry-After`). */
  retryAfterSeconds: number;
  /** Redis did not answer in time and the request was let through. */
  degraded: boolean;
}

export interface RateLimiter {
  /** Counts one request by `identifier` against `policy`. */
  check(policy: PolicyName, identifier: string): Promise<LimitResult>;
  /** Forgets what `identifier` used under `policy` (tests, support tooling). */
  reset(policy: PolicyName, identifier: string): Promise<void>;
}

export interface RateLimiterOptions {
  redis: Redis;
  /** Key prefix; tests use a unique one per run. */
  prefix?: string;
}

export const DEFAULT_PREFIX = 'orrery:rl';
const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * Rate limits from the policy table on a given Redis. Identifiers (IPs, emails, key ids) are
 * hashed before they become keys, so Redis holds no personal data and glob characters in an
 * identifier cannot widen a reset.
 *
 * @example
 * const limiter = createRateLimiter({ redis: redis() });
 * const { ok, retryAfterSeconds } = await limiter.check('sign-in-ip', '203.0.113.7');
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const instances = new Map<PolicyName, Ratelimit>();

  function instance(name: PolicyName): Ratelimit {
    let ratelimit = instances.get(name);
    if (!ratelimit) {
      const policy: LimiterPolicy = POLICIES[name];
      ratelimit = new Ratelimit({
        redis: options.redis,
        limiter: algorithm(policy),
        prefix: `${prefix}:${name}`,
        timeout: policy.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        analytics: false,
      });
      instances.set(name, ratelimit);
    }
    return ratelimit;
  }

  return {
    async check(name, identifier) {
      return limitResult(await instance(name).limit(hashIdentifier(identifier)), Date.now());
    },
    async reset(name, identifier) {
      await instance(name).resetUsedTokens(hashIdentifier(identifier));
    },
  };
}

/** What `Ratelimit` answers for one window (its response type is not exported). */
export interface RatelimitAnswer {
  success: boolean;
  limit: number;
  remaining: number;
  reset: number;
  reason?: string;
}

/** A `Ratelimit` answer as of `now`, with `Retry-After` in whole seconds (at least 1). */
export function limitResult(answer: RatelimitAnswer, now: number): LimitResult {
  return {
    ok: answer.success,
    limit: answer.limit,
    remaining: Math.max(0, answer.remaining),
    reset: answer.reset,
    retryAfterSeconds: answer.success ? 0 : Math.max(1, Math.ceil((answer.reset - now) / 1000)),
    degraded: answer.reason === 'timeout',
  };
}

let shared: { client: Redis; limiter: RateLimiter } | undefined;

/** The limiter on the process's Redis (rebuilt if `redis()` was reset). */
export function rateLimiter(): RateLimiter {
  const client = redis();
  if (shared?.client !== client) shared = { client, limiter: createRateLimiter({ redis: client }) };
  return shared.limiter;
}

function algorithm(policy: LimiterPolicy): ReturnType<typeof Ratelimit.slidingWindow> {
  switch (policy.algorithm) {
    case 'slidingWindow':
      return Ratelimit.slidingWindow(policy.tokens, policy.window);
    case 'fixedWindow':
      return Ratelimit.fixedWindow(policy.tokens, policy.window);
    case 'tokenBucket':
      return Ratelimit.tokenBucket(policy.refillRate, policy.interval, policy.maxTokens);
  }
}

function hashIdentifier(identifier: string): string {
  return createHash('sha256').update(identifier).digest('hex').slice(0, 32);
}
