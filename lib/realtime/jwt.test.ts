import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { REALTIME_AUDIENCE, REALTIME_ISSUER, signRealtimeToken, verifyRealtimeToken } from './jwt';
import { deriveRealtimeKeys } from './keys';

const keys = deriveRealtimeKeys('a-secret-of-at-least-thirty-two-chars!');
const now = () => Math.floor(Date.now() / 1000);

describe('deriveRealtimeKeys', () => {
  it('derives different keys for the two uses and per secret', () => {
    const other = deriveRealtimeKeys('another-secret-of-at-least-thirty-two!');
    expect(Buffer.from(keys.jwtKey).toString('base64url')).not.toBe(keys.internalToken);
    expect(other.internalToken).not.toBe(keys.internalToken);
    expect(deriveRealtimeKeys('a-secret-of-at-least-thirty-two-chars!')).toEqual(keys);
  });

  it('refuses a short secret', () => {
    expect(() => deriveRealtimeKeys('short')).toThrow(RangeError);
  });
});

describe('signRealtimeToken / verifyRealtimeToken', () => {
  it('round-trips subject, grants and expiry with issuer and audience set', async () => {
    const issuedAt = now();
    const token = await signRealtimeToken({
      key: keys.jwtKey,
      subject: 'u-1',
      rooms: ['user:u-1', 'batch:*'],
      issuedAt,
    });
    expect(decodeJwt(token)).toMatchObject({ iss: REALTIME_ISSUER, aud: REALTIME_AUDIENCE });
    expect(await verifyRealtimeToken(keys.jwtKey, token)).toEqual({
      ok: true,
      claims: { subject: 'u-1', rooms: ['user:u-1', 'batch:*'], expiresAt: issuedAt + 600 },
    });
  });

  it('reports missing, expired and tampered tokens distinctly', async () => {
    expect(await verifyRealtimeToken(keys.jwtKey, undefined)).toEqual({
      ok: false,
      error: 'token_missing',
    });
    const expired = await signRealtimeToken({
      key: keys.jwtKey,
      subject: 'u',
      rooms: [],
      issuedAt: now() - 120,
      ttlSeconds: 60,
    });
    expect(await verifyRealtimeToken(keys.jwtKey, expired)).toEqual({
      ok: false,
      error: 'token_expired',
    });
    const good = await signRealtimeToken({ key: keys.jwtKey, subject: 'u', rooms: ['user:u'] });
    const [header, , signature] = good.split('.');
    const widened = Buffer.from(JSON.stringify({ ...decodeJwt(good), rooms: ['admin'] })).toString(
      'base64url',
    );
    expect(await verifyRealtimeToken(keys.jwtKey, `${header}.${widened}.${signature}`)).toEqual({
      ok: false,
      error: 'token_invalid',
    });
  });

  it('rejects a correctly signed token whose grants are malformed', async () => {
    const token = await new SignJWT({ rooms: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer(REALTIME_ISSUER)
      .setAudience(REALTIME_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(keys.jwtKey);
    expect(await verifyRealtimeToken(keys.jwtKey, token)).toEqual({
      ok: false,
      error: 'token_invalid',
    });
  });

  it('refuses to sign bad grants or long-lived tokens', async () => {
    const base = { key: keys.jwtKey, subject: 'u' };
    await expect(signRealtimeToken({ ...base, rooms: ['user:a:b' as 'admin'] })).rejects.toThrow(
      RangeError,
    );
    await expect(signRealtimeToken({ ...base, rooms: [], ttlSeconds: 86_400 })).rejects.toThrow(
      RangeError,
    );
    await expect(signRealtimeToken({ ...base, subject: '', rooms: [] })).rejects.toThrow(
      RangeError,
    );
  });
});
