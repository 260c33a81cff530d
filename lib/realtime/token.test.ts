import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/config/env';
import { verifyRealtimeToken } from './jwt';
import { deriveRealtimeKeys } from './keys';
import { createRealtimeToken } from './token';

const SECRET = 'token-test-secret-token-test-secret-01';
const saved = { ...process.env };

beforeEach(() => {
  process.env.REALTIME_SECRET = SECRET;
  process.env.AUTH_SECRET = 'auth-test-secret-auth-test-secret-0123';
  resetEnvForTests();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('createRealtimeToken', () => {
  it('issues a token the sidecar accepts with the configured secret', async () => {
    const before = Date.now();
    const { token, expiresAt } = await createRealtimeToken({
      subject: 'u-7',
      rooms: ['user:u-7'],
      ttlSeconds: 120,
    });
    const result = await verifyRealtimeToken(deriveRealtimeKeys(SECRET).jwtKey, token);
    expect(result).toMatchObject({ ok: true, claims: { subject: 'u-7', rooms: ['user:u-7'] } });
    expect(expiresAt).toBeGreaterThanOrEqual(before + 119_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 120_000);
  });

  it('is not accepted by a sidecar holding another secret', async () => {
    const { token } = await createRealtimeToken({ subject: 'u-7', rooms: [] });
    const other = deriveRealtimeKeys('some-other-secret-some-other-secret-9');
    expect(await verifyRealtimeToken(other.jwtKey, token)).toEqual({
      ok: false,
      error: 'token_invalid',
    });
  });
});
