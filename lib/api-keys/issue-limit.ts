import { AppError } from '@/lib/errors/app-error';
import { rateLimiter, type RateLimiter } from '@/lib/rate-limit/rate-limiter';

/**
 * Counts one key issued (created or rolled) by a user and refuses with `rate_limited` past the
 * `api-key-issue` policy, so a stolen session cannot mint secrets in bulk.
 *
 * @example await limitKeyIssuing(user.id); // throws AppError('rate_limited') past 20 an hour
 */
export async function limitKeyIssuing(
  userId: string,
  limiter: RateLimiter = rateLimiter(),
): Promise<void> {
  const result = await limiter.check('api-key-issue', userId);
  if (result.ok) return;
  throw new AppError(
    'rate_limited',
    `You issued ${result.limit} keys within the last hour; try again in ${Math.ceil(result.retryAfterSeconds / 60)} min.`,
    { retryAfterSeconds: result.retryAfterSeconds },
  );
}
