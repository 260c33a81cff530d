import { describe, expect, it } from 'vitest';
import type { LimitResult } from '@/lib/rate-limit/rate-limiter';
import { AppError } from '@/lib/errors/app-error';
import { bearerChallenge, bearerToken } from './bearer-token';
import { rateLimitHeaders } from './rate-limit-headers';
import { requireScope } from './require-scope';

const NOW = 1_900_000_000_000;
const result = (over: Partial<LimitResult>): LimitResult => ({
  ok: true,
  limit: 10,
  remaining: 5,
  reset: NOW + 30_500,
  retryAfterSeconds: 0,
  degraded: false,
  ...over,
});

describe('bearerToken', () => {
  it('reads the key whatever the scheme case', () => {
    expect(bearerToken(new Headers({ authorization: 'Bearer ork_live_x' }))).toBe('ork_live_x');
    expect(bearerToken(new Headers({ authorization: 'bearer  ork_live_x ' }))).toBe('ork_live_x');
  });

  it('refuses a missing header and other schemes as unauthenticated', () => {
    for (const headers of [new Headers(), new Headers({ authorization: 'Basic dXNlcjpwdw==' })]) {
      expect(() => bearerToken(headers)).toThrow(
        expect.objectContaining({ code: 'unauthenticated' }) as Error,
      );
    }
    expect(() => bearerToken(new Headers({ authorization: 'Bearer' }))).toThrow(AppError);
  });

  it('challenges only authentication failures', () => {
    expect(bearerChallenge('api_key_invalid')).toContain('invalid_token');
    expect(bearerChallenge('scope_missing')).toBeNull();
  });
});

describe('requireScope', () => {
  it('passes a granted scope and names a missing one', () => {
    expect(() => requireScope({ scopes: ['charts:read'] }, 'charts:read')).not.toThrow();
    expect(() => requireScope({ scopes: ['charts:read'] }, 'charts:write')).toThrow(/charts:write/);
  });
});

describe('rateLimitHeaders', () => {
  const plan = { perMinute: 10, perMonth: 1_000 };

  it('rounds seconds to reset up and uses Retry-After for a refused policy', () => {
    const headers = rateLimitHeaders(
      plan,
      {
        minute: result({ ok: false, remaining: 0, retryAfterSeconds: 31 }),
        month: result({ remaining: 990, reset: NOW + 86_400_000 }),
        refusedBy: 'minute',
      },
      NOW,
    );
    expect(headers.RateLimit).toBe('"minute";r=0;t=31, "month";r=990;t=86400');
    expect(headers['RateLimit-Policy']).toBe('"minute";q=10;w=60, "month";q=1000;w=2592000');
  });

  it('leaves out the live counts when Redis did not answer', () => {
    const degraded = result({ degraded: true, limit: 0, remaining: 0, reset: 0 });
    const headers = rateLimitHeaders(plan, { minute: degraded, month: degraded, refusedBy: null });
    expect(headers.RateLimit).toBeUndefined();
    expect(headers['RateLimit-Policy']).toBeDefined();
  });
});
