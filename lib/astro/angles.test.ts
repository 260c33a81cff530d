import { describe, expect, it } from 'vitest';
import {
  formatDms,
  formatSignPosition,
  normalizeDeg,
  separationDeg,
  signIndex,
  signOf,
  signedDiffDeg,
  toSignPosition,
} from './angles';

describe('normalizeDeg', () => {
  it('maps any angle into [0, 360)', () => {
    expect(normalizeDeg(-30)).toBe(330);
    expect(normalizeDeg(725)).toBe(5);
    expect(normalizeDeg(360)).toBe(0);
    expect(normalizeDeg(-1e-17)).toBeLessThan(360);
  });
});

describe('signedDiffDeg', () => {
  it('takes the short way round across 0°', () => {
    expect(signedDiffDeg(359, 1)).toBeCloseTo(2, 12);
    expect(signedDiffDeg(1, 359)).toBeCloseTo(-2, 12);
    expect(signedDiffDeg(0, 180)).toBe(180);
    expect(separationDeg(350, 10)).toBeCloseTo(20, 12);
  });
});

describe('signs', () => {
  it('finds the sign of a longitude', () => {
    expect(signIndex(0)).toBe(0);
    expect(signIndex(29.999)).toBe(0);
    expect(signIndex(30)).toBe(1);
    expect(signOf(-1)).toBe('pisces');
    expect(signOf(95)).toBe('cancer');
  });

  it('formats with rounding that carries into the next sign', () => {
    expect(toSignPosition(93.5)).toEqual({
      sign: 'cancer',
      signIndex: 3,
      degrees: 3,
      minutes: 30,
      seconds: 0,
    });
    expect(formatSignPosition(29.99999999)).toBe('0°Tau00′00″');
    expect(formatSignPosition(359.99999999)).toBe('0°Ari00′00″');
    expect(formatSignPosition(123.2575)).toBe('3°Leo15′27″');
    expect(formatDms(-1.5)).toBe('-1°30′00″');
  });
});
