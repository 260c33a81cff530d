import { describe, expect, it } from 'vitest';
import { degreeMinute, formatDegreesMinutes, formatInSign } from './degree-minute';

describe('degreeMinute', () => {
  it('splits a longitude into sign, degrees and minutes', () => {
    expect(degreeMinute(54.41620339)).toEqual({ sign: 'taurus', degrees: 24, minutes: 24 });
    expect(degreeMinute(0)).toEqual({ sign: 'aries', degrees: 0, minutes: 0 });
  });

  it('truncates to the minute, so a body never shows in the next sign', () => {
    expect(degreeMinute(29.9999)).toEqual({ sign: 'aries', degrees: 29, minutes: 59 });
    expect(degreeMinute(359.9999)).toEqual({ sign: 'pisces', degrees: 29, minutes: 59 });
  });

  it('keeps values a rounding error below a whole minute on that minute', () => {
    expect(degreeMinute(10 + 30 / 60 - 1e-12).minutes).toBe(30);
  });

  it('normalizes out-of-range longitudes', () => {
    expect(degreeMinute(360 + 45.5)).toEqual({ sign: 'taurus', degrees: 15, minutes: 30 });
    expect(degreeMinute(-0.5)).toEqual({ sign: 'pisces', degrees: 29, minutes: 30 });
  });
});

describe('formatting', () => {
  it('pads minutes to two digits', () => {
    expect(formatInSign(38.00997)).toBe('8°00′');
    expect(formatDegreesMinutes(2.0917)).toBe('2°05′');
    expect(formatDegreesMinutes(0)).toBe('0°00′');
  });
});
