import type { Duration } from '@upstash/ratelimit';

/** One limit, in @upstash/ratelimit's terms. */
export type LimiterPolicy = (
  | { algorithm: 'slidingWindow' | 'fixedWindow'; tokens: number; window: Duration }
  | { algorithm: 'tokenBucket'; refillRate: number; interval: Duration; maxTokens: number }
) & {
  /**
   * How long to wait for Redis before letting the request through (`degraded: true`):
   * limits favour availability when Redis is unreachable.
   */
  timeoutMs?: number;
};

/**
 * Every limit the product applies, by name; the name is part of the Redis key
 * (`orrery:rl:<name>:<hashed identifier>:…`). API tiers add rows here, e.g. a per-minute
 * sliding window and a monthly quota (`fixedWindow` of `'30 d'`) per plan.
 */
export const POLICIES = {
  /** Sign-in attempts from one IP: the sixth within 15 minutes is refused. */
  'sign-in-ip': { algorithm: 'slidingWindow', tokens: 5, window: '15 m' },
  /** Sign-in attempts for one email, from anywhere: the sixth within 15 minutes is refused. */
  'sign-in-email': { algorithm: 'slidingWindow', tokens: 5, window: '15 m' },
  /** Keys issued (created or rolled) by one user: a leaked session cannot mint keys in bulk. */
  'api-key-issue': { algorithm: 'slidingWindow', tokens: 20, window: '1 h' },
  /** Chart PDFs from one IP: each costs ~0.2 s of CPU, so bulk downloads must not starve pages. */
  'chart-pdf-ip': { algorithm: 'slidingWindow', tokens: 30, window: '10 m' },
} as const satisfies Record<string, LimiterPolicy>;

export type PolicyName = keyof typeof POLICIES;
