import { enforceLimit } from '@/lib/rate-limit/enforce-limit';
import type { RateLimiter } from '@/lib/rate-limit/rate-limiter';

/**
 * Counts one key issued (created or rolled) by a user and refuses with `rate_limited` past the
 * `api-key-issue` policy, so a stolen session cannot mint secrets in bulk.
 *
 * @example await limitKeyIssuing(user.id); // throws AppError('rate_limited') past 20 an hour
 */
export function limitKeyIssuing(userId: string, limiter?: RateLimiter): Promise<void> {
  return enforceLimit(
    'api-key-issue',
    userId,
    (limit, wait) =>
      `You issued ${limit} keys within the last hour; try again in ${Math.ceil(wait / 60)} min.`,
    limiter,
  );
}
