import { createHash } from 'node:crypto';

/**
 * The stored form of a key: SHA-256, hex. A fast hash is right here, unlike for passwords:
 * keys carry ~178 random bits, so a stolen hash cannot be brute-forced however fast the
 * hash is, and a slow KDF (argon2) would only add its cost to every API request. A
 * deterministic hash also lets authentication find the row by a unique index instead of
 * comparing against every key.
 *
 * @example hashApiKey('ork_live_…') // 64 hex characters
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
