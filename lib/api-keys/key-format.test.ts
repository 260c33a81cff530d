import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base62, BASE62_ALPHABET, randomBase62 } from './base62';
import { displayPrefix, generateApiKey, looksLikeApiKey, parseApiKey } from './key-format';

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

describe('API key format', () => {
  it('has a recognisable prefix, the environment, ≥160 random bits and a checksum', () => {
    const key = generateApiKey('live');
    const match = /^ork_live_([0-9A-Za-z]+)_([0-9A-Za-z]{6})$/.exec(key);
    expect(match).not.toBeNull();
    const random = match?.[1] ?? '';
    expect(random.length * Math.log2(62)).toBeGreaterThanOrEqual(160);
    expect(generateApiKey('test')).toMatch(/^ork_test_/);
  });

  it('checksums the key with CRC32 in base62', () => {
    const key = generateApiKey('test');
    const body = key.slice(0, key.lastIndexOf('_'));
    const sum = key.slice(key.lastIndexOf('_') + 1);
    const decoded = [...sum].reduce((n, c) => n * 62 + BASE62_ALPHABET.indexOf(c), 0);
    expect(decoded).toBe(crc32(body));
  });

  it('accepts its own keys and refuses any single changed character, offline', () => {
    const key = generateApiKey('live');
    expect(looksLikeApiKey(key)).toBe(true);
    expect(parseApiKey(key)).toBe('live');
    const start = 'ork_live_'.length;
    for (let i = start; i < key.length; i++) {
      if (key[i] === '_') continue;
      const other = key[i] === 'a' ? 'b' : 'a';
      expect(looksLikeApiKey(replaceAt(key, i, other)), `position ${i}`).toBe(false);
    }
  });

  it('covers the environment with the checksum', () => {
    const live = generateApiKey('live');
    expect(looksLikeApiKey(live.replace('ork_live_', 'ork_test_'))).toBe(false);
  });

  it('refuses other shapes', () => {
    const key = generateApiKey('live');
    for (const bad of [
      '',
      'ork_live_',
      key.slice(0, -1),
      `${key}x`,
      ` ${key}`,
      key.replace('ork_', 'orx_'),
    ]) {
      expect(looksLikeApiKey(bad)).toBe(false);
    }
  });

  it('never repeats a key', () => {
    const keys = new Set(Array.from({ length: 2000 }, () => generateApiKey('test')));
    expect(keys.size).toBe(2000);
  });

  it('shows a prefix that is not the key', () => {
    const key = generateApiKey('live');
    expect(displayPrefix(key)).toBe(key.slice(0, 14));
    expect(displayPrefix(key).length).toBeLessThan(key.length / 2);
  });
});

describe('base62', () => {
  it('pads, encodes the largest CRC32 in six digits, and refuses overflow', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
    expect(base62(2 ** 32 - 1, 6)).toHaveLength(6);
    expect(() => base62(62 ** 2, 2)).toThrow(RangeError);
  });

  it('draws from the whole alphabet', () => {
    const seen = new Set(randomBase62(5000));
    expect(seen.size).toBe(62);
  });
});
