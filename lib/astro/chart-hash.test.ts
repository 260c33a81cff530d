import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AstroError } from '@/lib/astro/errors';
import {
  CHART_HASH_LENGTH,
  canonicalChartJson,
  chartHash,
  type ChartHashInput,
} from './chart-hash';

const BASE: ChartHashInput = {
  utc: new Date('1990-08-15T19:45:10Z'),
  latitude: 48.8566,
  longitude: 2.3522,
  houseSystem: 'placidus',
  zodiac: { kind: 'tropical' },
  timeUnknown: false,
  options: { orbs: 'classic', aspects: ['conjunction', 'trine'], extra: { b: 1, a: 2 } },
};

describe('chartHash', () => {
  it('is a base64url prefix of the SHA-256 of the canonical JSON', () => {
    const hash = chartHash(BASE);
    expect(hash).toMatch(new RegExp(`^[A-Za-z0-9_-]{${CHART_HASH_LENGTH}}$`));
    const full = createHash('sha256').update(canonicalChartJson(BASE)).digest('base64url');
    expect(full.startsWith(hash)).toBe(true);
  });

  it('does not depend on key order, at the top level or nested in options', () => {
    const reordered: ChartHashInput = {
      options: { extra: { a: 2, b: 1 }, aspects: ['conjunction', 'trine'], orbs: 'classic' },
      timeUnknown: false,
      zodiac: { kind: 'tropical' },
      houseSystem: 'placidus',
      longitude: 2.3522,
      latitude: 48.8566,
      utc: new Date('1990-08-15T19:45:10Z'),
    };
    expect(chartHash(reordered)).toBe(chartHash(BASE));
  });

  it('writes sorted keys and no whitespace', () => {
    const json = canonicalChartJson({ ...BASE, options: { b: 1, a: 2 } });
    const keys = Object.keys(JSON.parse(json) as Record<string, unknown>);
    expect(keys).toEqual([...keys].sort());
    expect(json).toContain('"options":{"a":2,"b":1}');
    expect(json).not.toMatch(/\s/);
  });

  it.each<[string, Partial<ChartHashInput>]>([
    ['instant (one second)', { utc: new Date('1990-08-15T19:45:11Z') }],
    ['latitude', { latitude: 48.8567 }],
    ['longitude', { longitude: 2.3521 }],
    ['house system', { houseSystem: 'koch' }],
    ['zodiac', { zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } }],
    ['time-unknown flag', { timeUnknown: true }],
    ['options value', { options: { ...BASE.options, orbs: 'tight' } }],
    ['options list order', { options: { ...BASE.options, aspects: ['trine', 'conjunction'] } }],
    ['options absent', { options: undefined }],
  ])('changes when the %s changes', (_field, change) => {
    expect(chartHash({ ...BASE, ...change })).not.toBe(chartHash(BASE));
  });

  it('tells the ayanamsas apart', () => {
    const lahiri = chartHash({ ...BASE, zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } });
    const fagan = chartHash({ ...BASE, zodiac: { kind: 'sidereal', ayanamsa: 'fagan_bradley' } });
    expect(lahiri).not.toBe(fagan);
  });

  it('truncates the instant to the second', () => {
    const late = chartHash({ ...BASE, utc: new Date('1990-08-15T19:45:10.999Z') });
    expect(late).toBe(chartHash(BASE));
    expect(canonicalChartJson(BASE)).toContain('"utc":"1990-08-15T19:45:10Z"');
  });
});

describe('chartHash coordinate rounding (4 decimals, half away from zero on the decimal value)', () => {
  const at = (latitude: number, longitude = 2.3522) => chartHash({ ...BASE, latitude, longitude });

  it('merges coordinates that agree to 4 decimals', () => {
    expect(at(48.85661)).toBe(at(48.8566));
    expect(at(48.856649)).toBe(at(48.8566));
  });

  it('rounds an exact half up in magnitude, as typed, despite its binary value', () => {
    // 1.00005 is stored as 1.0000499999…; the decimal the user typed rounds up.
    expect(at(1.00005)).toBe(at(1.0001));
    expect(at(1.00005)).not.toBe(at(1.0));
    expect(at(-1.00005)).toBe(at(-1.0001));
    expect(at(1.0000499)).toBe(at(1));
  });

  it('treats −0.00004 and 0 as the same latitude', () => {
    expect(at(-0.00004)).toBe(at(0));
  });

  it('treats 180° E and 180° W as the same meridian, also after rounding', () => {
    expect(at(10, 180)).toBe(at(10, -180));
    expect(at(10, 179.99996)).toBe(at(10, -180));
  });

  it('rejects coordinates out of range and invalid instants', () => {
    expect(() => at(90.1)).toThrow(AstroError);
    expect(() => at(10, -181)).toThrow(AstroError);
    expect(() => at(Number.NaN)).toThrow(AstroError);
    expect(() => chartHash({ ...BASE, utc: new Date(Number.NaN) })).toThrow(AstroError);
    expect(() => chartHash({ ...BASE, options: { orb: Number.POSITIVE_INFINITY } })).toThrow(
      AstroError,
    );
  });
});
