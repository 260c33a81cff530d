import { describe, expect, it } from 'vitest';
import { lastUtcDays, utcDay } from './utc-days';

describe('utcDay', () => {
  it('uses the UTC calendar, not the local one', () => {
    expect(utcDay(new Date('2025-03-30T23:59:59.999Z'))).toBe('2025-03-30');
    expect(utcDay(new Date('2025-03-31T00:30:00+02:00'))).toBe('2025-03-30');
  });
});

describe('lastUtcDays', () => {
  it('ends with the day of now and covers whole days', () => {
    const window = lastUtcDays(3, new Date('2024-03-01T10:00:00Z'));
    expect(window.days).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(window.from.toISOString()).toBe('2024-02-28T00:00:00.000Z');
    expect(window.to.toISOString()).toBe('2024-03-02T00:00:00.000Z');
  });

  it('crosses a year end', () => {
    expect(lastUtcDays(2, new Date('2025-01-01T00:00:00Z')).days).toEqual([
      '2024-12-31',
      '2025-01-01',
    ]);
  });

  it('rejects windows that are not 1 to 366 whole days', () => {
    for (const bad of [0, -1, 1.5, 367, Number.NaN]) {
      expect(() => lastUtcDays(bad, new Date())).toThrow(RangeError);
    }
  });
});
