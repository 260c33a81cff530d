import { describe, expect, it } from 'vitest';
import { AstroError } from '@/lib/astro/errors';
import { localToUtc } from './local-to-utc';
import { utcToLocal } from './utc-to-local';

describe('utcToLocal', () => {
  it('shows the two instants of a repeated hour with their own offsets', () => {
    const first = utcToLocal(new Date('2021-11-07T05:30:00Z'), 'America/New_York');
    const second = utcToLocal(new Date('2021-11-07T06:30:00Z'), 'America/New_York');
    expect(first).toEqual({
      date: '2021-11-07',
      time: '01:30:00',
      offsetMinutes: -240,
      rule: 'iana',
      zoneAbbr: 'EDT',
    });
    expect(second).toEqual({
      date: '2021-11-07',
      time: '01:30:00',
      offsetMinutes: -300,
      rule: 'iana',
      zoneAbbr: 'EST',
    });
  });

  it('crosses the date line backwards in time', () => {
    const result = utcToLocal(new Date('2021-01-01T03:00:00Z'), 'America/Los_Angeles');
    expect(result).toMatchObject({ date: '2020-12-31', time: '19:00:00', offsetMinutes: -480 });
  });

  it('truncates to the second', () => {
    expect(utcToLocal(new Date('2021-01-01T00:00:59.999Z'), 'UTC').time).toBe('00:00:59');
  });

  it('round-trips localToUtc, including local mean time when given the longitude', () => {
    for (const input of [
      { date: '1990-08-15', time: '21:45:10', zone: 'Australia/Sydney', longitude: 151.21 },
      { date: '1880-06-01', time: '12:00:00', zone: 'Europe/Paris', longitude: 7.35 },
    ]) {
      const result = localToUtc(input);
      if (result.kind !== 'ok') throw new Error(result.kind);
      const back = utcToLocal(result.utc, input.zone, { longitude: input.longitude });
      expect(back).toMatchObject({ date: input.date, time: input.time, rule: result.rule });
    }
  });

  it('uses the zone history before standard time when no longitude is given', () => {
    const result = utcToLocal(new Date('1880-06-01T12:00:00Z'), 'Europe/Paris');
    expect(result.rule).toBe('iana');
    expect(result.offsetMinutes).toBeCloseTo(9 + 21 / 60, 6);
  });

  it('rejects an invalid date and an unknown zone', () => {
    expect(() => utcToLocal(new Date(Number.NaN), 'UTC')).toThrow(AstroError);
    expect(() => utcToLocal(new Date(0), 'Nowhere/Atlantis')).toThrow(AstroError);
  });
});
