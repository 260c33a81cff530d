import { randomInt } from 'node:crypto';

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * `length` uniformly random base62 characters from the CSPRNG (`randomInt` rejects biased
 * draws, so every character carries log2(62) ≈ 5.95 bits).
 *
 * @example randomBase62(30) // e.g. '4fT0q…' (30 characters, ~178 bits)
 */
export function randomBase62(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62_ALPHABET[randomInt(62)];
  return out;
}

/**
 * A non-negative integer in base62, left-padded with '0' to `width`.
 *
 * @example base62(61, 2) // '0z'
 * @throws RangeError when the value does not fit in `width` characters.
 */
export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0) {
    out = BASE62_ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  if (out.length > width) throw new RangeError(`${value} needs more than ${width} base62 digits`);
  return out.padStart(width, '0');
}
