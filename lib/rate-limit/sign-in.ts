import { rateLimiter, type LimitResult, type RateLimiter } from './rate-limiter';

export interface SignInAttempt {
  ip: string;
  email: string;
}

export interface SignInLimitResult extends LimitResult {
  /** Which limit refused the attempt; null when allowed. */
  blockedBy: 'ip' | 'email' | null;
}

/**
 * Emails as the limit counts them: case and surrounding spaces do not make a new identity.
 *
 * @example
 * normalizeEmail('  Ada@Example.COM '); // 'ada@example.com'
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Counts one sign-in attempt against its IP and, if the IP may still try, its email (5 each
 * per 15 minutes; the sixth is refused). An attempt refused by IP does not count against the
 * email, so one blocked address cannot lock others out of their accounts.
 *
 * @example
 * const limit = await checkSignInLimit({ ip: clientIp(headers), email });
 * if (!limit.ok) throw new SignInRateLimited(limit.retryAfterSeconds);
 */
export async function checkSignInLimit(
  attempt: SignInAttempt,
  limiter: RateLimiter = rateLimiter(),
): Promise<SignInLimitResult> {
  const byIp = await limiter.check('sign-in-ip', attempt.ip);
  if (!byIp.ok) return { ...byIp, blockedBy: 'ip' };
  const byEmail = await limiter.check('sign-in-email', normalizeEmail(attempt.email));
  if (!byEmail.ok) return { ...byEmail, blockedBy: 'email' };
  const tighter = byEmail.remaining < byIp.remaining ? byEmail : byIp;
  return { ...tighter, degraded: byIp.degraded || byEmail.degraded, blockedBy: null };
}

/** Clears both sign-in limits for an attempt's IP and email (tests, support). */
export async function resetSignInLimit(
  attempt: SignInAttempt,
  limiter: RateLimiter = rateLimiter(),
): Promise<void> {
  await Promise.all([
    limiter.reset('sign-in-ip', attempt.ip),
    limiter.reset('sign-in-email', normalizeEmail(attempt.email)),
  ]);
}
