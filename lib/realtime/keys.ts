import { hkdfSync } from 'node:crypto';

/**
 * One configured secret (`REALTIME_SECRET`), two independent keys: HKDF with a different
 * `info` for each use, so a leaked JWT signing key says nothing about the internal
 * publish credential and the other way round.
 */
export interface RealtimeKeys {
  /** HS256 key for browser tokens. */
  jwtKey: Uint8Array;
  /** Bearer credential for the sidecar's internal HTTP API. */
  internalToken: string;
}

const SALT = 'orrery-realtime';

function derive(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, info, 32));
}

/**
 * Derives the keys from the shared secret; both the app and the sidecar call this.
 *
 * @example deriveRealtimeKeys(process.env.REALTIME_SECRET).internalToken // 43 base64url chars
 * @throws RangeError when the secret is shorter than 32 characters.
 */
export function deriveRealtimeKeys(secret: string): RealtimeKeys {
  if (secret.length < 32) throw new RangeError('REALTIME_SECRET must be at least 32 characters');
  return {
    jwtKey: new Uint8Array(derive(secret, 'jwt-hs256')),
    internalToken: derive(secret, 'internal-bearer').toString('base64url'),
  };
}
