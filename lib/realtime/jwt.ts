import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { isRoomGrant, type RoomGrant } from './grants';
import type { AuthErrorCode } from './protocol';

export const REALTIME_ISSUER = 'orrery';
export const REALTIME_AUDIENCE = 'orrery-realtime';
export const DEFAULT_TOKEN_TTL_SECONDS = 600;
/** Tokens are meant to be short-lived; a longer TTL is a bug in the caller. */
export const MAX_TOKEN_TTL_SECONDS = 3600;
export const MAX_GRANTS = 64;
/** Leeway for clock skew between the app that signs and the sidecar that checks. */
export const CLOCK_TOLERANCE_SECONDS = 5;

export interface RealtimeClaims {
  /** User id, or an anonymous id for visitors. */
  subject: string;
  rooms: RoomGrant[];
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

export type VerifyResult =
  { ok: true; claims: RealtimeClaims } | { ok: false; error: AuthErrorCode };

export interface SignOptions {
  key: Uint8Array;
  subject: string;
  rooms: readonly RoomGrant[];
  ttlSeconds?: number;
  /** Issue time in epoch seconds; defaults to now. */
  issuedAt?: number;
}

const payloadSchema = z.object({
  sub: z.string().min(1).max(128),
  exp: z.number().int(),
  rooms: z.array(z.custom<RoomGrant>(isRoomGrant)).max(MAX_GRANTS),
});

/**
 * Signs a browser token (HS256, `iss`/`aud` set) granting the listed rooms.
 *
 * @example await signRealtimeToken({ key, subject: 'u-1', rooms: ['user:u-1'] })
 * @throws RangeError on a bad grant, too many grants or a TTL outside 1..3600 s.
 */
export async function signRealtimeToken(options: SignOptions): Promise<string> {
  const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new RangeError(`Token TTL must be 1..${MAX_TOKEN_TTL_SECONDS} seconds, got ${ttl}`);
  }
  if (options.rooms.length > MAX_GRANTS) throw new RangeError(`At most ${MAX_GRANTS} room grants`);
  const bad = options.rooms.find((room) => !isRoomGrant(room));
  if (bad !== undefined) throw new RangeError(`Invalid room grant: ${bad}`);
  if (!payloadSchema.shape.sub.safeParse(options.subject).success) {
    throw new RangeError('Token subject must be 1..128 characters');
  }
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ rooms: [...options.rooms] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject)
    .setIssuer(REALTIME_ISSUER)
    .setAudience(REALTIME_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttl)
    .sign(options.key);
}

/**
 * Verifies a token from an untrusted client: signature, algorithm, issuer, audience,
 * expiry and the shape of the claims. Never throws.
 *
 * @example const result = await verifyRealtimeToken(key, token); if (result.ok) result.claims.rooms
 */
export async function verifyRealtimeToken(key: Uint8Array, token: unknown): Promise<VerifyResult> {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, error: 'token_missing' };
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: REALTIME_ISSUER,
      audience: REALTIME_AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'token_invalid' };
    const { sub, exp, rooms } = parsed.data;
    return { ok: true, claims: { subject: sub, expiresAt: exp, rooms } };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof errors.JWTExpired ? 'token_expired' : 'token_invalid',
    };
  }
}
