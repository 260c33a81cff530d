import { crc32 } from 'node:zlib';
import { base62, randomBase62 } from './base62';

export const API_KEY_ENVIRONMENTS = ['live', 'test'] as const;
export type ApiKeyEnvironment = (typeof API_KEY_ENVIRONMENTS)[number];

/** 30 base62 characters ≈ 178 bits: far past guessing, and past the 160 we promise. */
const RANDOM_LENGTH = 30;
/** CRC32 is below 62^6, so six base62 digits always hold it. */
const CHECKSUM_LENGTH = 6;
/** What listings show: `ork_live_` plus five random characters. */
export const DISPLAY_PREFIX_LENGTH = 14;

const SHAPE = new RegExp(
  `^(ork_(live|test)_[0-9A-Za-z]{${RANDOM_LENGTH}})_([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`,
);

function checksum(body: string): string {
  return base62(crc32(body), CHECKSUM_LENGTH);
}

/**
 * Mints a new secret key: `ork_<environment>_<30 random base62>_<CRC32 of the rest, base62>`.
 * The recognisable prefix and the checksum let secret scanners spot a leaked key offline.
 *
 * @example generateApiKey('test') // 'ork_test_…_…' (46 characters)
 */
export function generateApiKey(environment: ApiKeyEnvironment): string {
  const body = `ork_${environment}_${randomBase62(RANDOM_LENGTH)}`;
  return `${body}_${checksum(body)}`;
}

/**
 * The environment of a well-formed key whose checksum holds, else null. Needs no database.
 *
 * @example parseApiKey('ork_live_…') // 'live' for a real key, null for a typo
 */
export function parseApiKey(candidate: string): ApiKeyEnvironment | null {
  const match = SHAPE.exec(candidate);
  if (!match) return null;
  const [, body = '', environment, sum] = match;
  return checksum(body) === sum ? (environment as ApiKeyEnvironment) : null;
}

/**
 * Whether a string is an Orrery API key (shape and checksum), without the database: for
 * secret scanning and for refusing garbage before a lookup.
 *
 * @example looksLikeApiKey('ork_live_abc') // false
 */
export function looksLikeApiKey(candidate: string): boolean {
  return parseApiKey(candidate) !== null;
}

/**
 * The start of a key, safe to show and store: enough to tell keys apart, far too little
 * to use.
 *
 * @example displayPrefix('ork_live_4fT0qZ…') // 'ork_live_4fT0q'
 */
export function displayPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}
