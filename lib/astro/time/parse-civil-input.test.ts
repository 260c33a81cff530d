import { describe, expect, it } from 'vitest';
import { AstroError } from '@/lib/astro/errors';
import { localToUtc } from './local-to-utc';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AstroError) return error.code;
    throw error;
  }
  return undefined;
}

describe('localToUtc: strict validation', () => {
  const base = { date: '2021-07-01', time: '12:00', zone: 'Europe/Paris', longitude: 2.35 };

  it.each([
    ['2021-02-30', 'invalid_date'],
    ['2001-02-29', 'invalid_date'],
    ['1900-02-29', 'invalid_date'],
    ['2021-13-01', 'invalid_date'],
    ['2021-7-1', 'invalid_date'],
    ['01/07/2021', 'invalid_date'],
  ])('rejects date %s', (date, code) => {
    expect(codeOf(() => localToUtc({ ...base, date }))).toBe(code);
  });

  it.each(['25:00', '24:00', '12:60', '12:00:60', '7:30', '12h00', ''])(
    'rejects time "%s"',
    (time) => {
      expect(codeOf(() => localToUtc({ ...base, time }))).toBe('invalid_time');
    },
  );

  it.each(['Mars/Olympus', '+05:00', 'Europe/', ''])('rejects zone "%s"', (zone) => {
    expect(codeOf(() => localToUtc({ ...base, zone }))).toBe('unknown_zone');
  });

  it.each([181, -180.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects longitude %s',
    (longitude) => {
      expect(codeOf(() => localToUtc({ ...base, longitude }))).toBe('invalid_longitude');
    },
  );

  it('accepts zone aliases', () => {
    const result = localToUtc({ ...base, zone: 'Asia/Calcutta', longitude: 88.36 });
    expect(result).toMatchObject({ kind: 'ok', offsetMinutes: 330 });
  });
});
