import { describe, expect, it } from 'vitest';
import { localToUtc } from './local-to-utc';
import type { LocalToUtcResult } from './types';

const NYC_LON = -74.006;
const PARIS_LON = 2.35;

function okUtc(result: LocalToUtcResult): string {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}`);
  return result.utc.toISOString();
}

describe('localToUtc: ordinary times', () => {
  it('applies standard and summer time in New York', () => {
    const winter = localToUtc({
      date: '2021-01-15',
      time: '12:00',
      zone: 'America/New_York',
      longitude: NYC_LON,
    });
    expect(winter).toMatchObject({
      kind: 'ok',
      offsetMinutes: -300,
      rule: 'iana',
      zoneAbbr: 'EST',
    });
    expect(okUtc(winter)).toBe('2021-01-15T17:00:00.000Z');
    const summer = localToUtc({
      date: '2021-07-15',
      time: '12:00:30',
      zone: 'America/New_York',
      longitude: NYC_LON,
    });
    expect(summer).toMatchObject({ kind: 'ok', offsetMinutes: -240, zoneAbbr: 'EDT' });
    expect(okUtc(summer)).toBe('2021-07-15T16:00:30.000Z');
  });

  it('accepts the leap day of 2000', () => {
    const result = localToUtc({
      date: '2000-02-29',
      time: '23:30',
      zone: 'Asia/Tokyo',
      longitude: 139.69,
    });
    expect(okUtc(result)).toBe('2000-02-29T14:30:00.000Z');
  });
});

describe('localToUtc: daylight-saving gaps', () => {
  it('reports 02:30 on the New York spring-forward day as a gap with both readings', () => {
    const result = localToUtc({
      date: '2021-03-14',
      time: '02:30',
      zone: 'America/New_York',
      longitude: NYC_LON,
    });
    expect(result.kind).toBe('gap');
    if (result.kind !== 'gap') return;
    const [earlier, later] = result.candidates;
    // Read with the offset after the change (EDT, −4) and before it (EST, −5).
    expect(earlier.utc.toISOString()).toBe('2021-03-14T06:30:00.000Z');
    expect(earlier.offsetMinutes).toBe(-240);
    expect(later.utc.toISOString()).toBe('2021-03-14T07:30:00.000Z');
    expect(later.offsetMinutes).toBe(-300);
  });

  it('reports 02:30 on the Paris spring-forward day as a gap', () => {
    const result = localToUtc({
      date: '2021-03-28',
      time: '02:30',
      zone: 'Europe/Paris',
      longitude: PARIS_LON,
    });
    expect(result.kind).toBe('gap');
    if (result.kind !== 'gap') return;
    expect(result.candidates.map((c) => c.utc.toISOString())).toEqual([
      '2021-03-28T00:30:00.000Z',
      '2021-03-28T01:30:00.000Z',
    ]);
    expect(result.candidates.map((c) => c.offsetMinutes)).toEqual([120, 60]);
  });

  it('treats the minute before and after a gap as ordinary times', () => {
    const before = localToUtc({
      date: '2021-03-28',
      time: '01:59',
      zone: 'Europe/Paris',
      longitude: PARIS_LON,
    });
    const after = localToUtc({
      date: '2021-03-28',
      time: '03:00',
      zone: 'Europe/Paris',
      longitude: PARIS_LON,
    });
    expect(okUtc(before)).toBe('2021-03-28T00:59:00.000Z');
    expect(okUtc(after)).toBe('2021-03-28T01:00:00.000Z');
  });
});

describe('localToUtc: repeated hours', () => {
  it('reports 01:30 on the New York fall-back day as ambiguous, EDT first', () => {
    const result = localToUtc({
      date: '2021-11-07',
      time: '01:30',
      zone: 'America/New_York',
      longitude: NYC_LON,
    });
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    const [first, second] = result.candidates;
    expect(first).toMatchObject({ offsetMinutes: -240, zoneAbbr: 'EDT' });
    expect(first.utc.toISOString()).toBe('2021-11-07T05:30:00.000Z');
    expect(second).toMatchObject({ offsetMinutes: -300, zoneAbbr: 'EST' });
    expect(second.utc.toISOString()).toBe('2021-11-07T06:30:00.000Z');
  });
});

describe('localToUtc: southern hemisphere', () => {
  it('uses summer time in the Sydney January and standard time in July', () => {
    const january = localToUtc({
      date: '2021-01-15',
      time: '12:00',
      zone: 'Australia/Sydney',
      longitude: 151.21,
    });
    const july = localToUtc({
      date: '2021-07-15',
      time: '12:00',
      zone: 'Australia/Sydney',
      longitude: 151.21,
    });
    expect(okUtc(january)).toBe('2021-01-15T01:00:00.000Z');
    expect(okUtc(july)).toBe('2021-07-15T02:00:00.000Z');
  });

  it('finds the Sydney October gap and April overlap', () => {
    const gap = localToUtc({
      date: '2021-10-03',
      time: '02:30',
      zone: 'Australia/Sydney',
      longitude: 151.21,
    });
    const overlap = localToUtc({
      date: '2021-04-04',
      time: '02:30',
      zone: 'Australia/Sydney',
      longitude: 151.21,
    });
    expect(gap.kind).toBe('gap');
    expect(overlap.kind).toBe('ambiguous');
  });

  it('follows São Paulo summer time while Brazil had it, and not after 2019', () => {
    const dst = localToUtc({
      date: '2018-01-15',
      time: '12:00',
      zone: 'America/Sao_Paulo',
      longitude: -46.63,
    });
    const none = localToUtc({
      date: '2020-01-15',
      time: '12:00',
      zone: 'America/Sao_Paulo',
      longitude: -46.63,
    });
    expect(dst).toMatchObject({ kind: 'ok', offsetMinutes: -120 });
    expect(none).toMatchObject({ kind: 'ok', offsetMinutes: -180 });
    // Brazil moved its clocks forward at midnight, so 00:30 did not exist that night.
    const midnight = localToUtc({
      date: '2018-11-04',
      time: '00:30',
      zone: 'America/Sao_Paulo',
      longitude: -46.63,
    });
    expect(midnight.kind).toBe('gap');
  });
});

describe('localToUtc: wartime and historical rules', () => {
  it('applies British double summer time in 1943 and summer time through the winter', () => {
    const june = localToUtc({
      date: '1943-06-15',
      time: '12:00',
      zone: 'Europe/London',
      longitude: -0.13,
    });
    const january = localToUtc({
      date: '1943-01-15',
      time: '12:00',
      zone: 'Europe/London',
      longitude: -0.13,
    });
    expect(june).toMatchObject({ kind: 'ok', offsetMinutes: 120 });
    expect(okUtc(june)).toBe('1943-06-15T10:00:00.000Z');
    expect(january).toMatchObject({ kind: 'ok', offsetMinutes: 60 });
  });

  it('applies Berlin midsummer time (UTC+3) in June 1945 and winter time by December', () => {
    const june = localToUtc({
      date: '1945-06-01',
      time: '12:00',
      zone: 'Europe/Berlin',
      longitude: 13.4,
    });
    const december = localToUtc({
      date: '1945-12-01',
      time: '12:00',
      zone: 'Europe/Berlin',
      longitude: 13.4,
    });
    expect(okUtc(june)).toBe('1945-06-01T09:00:00.000Z');
    expect(december).toMatchObject({ kind: 'ok', offsetMinutes: 60 });
  });

  it('applies US war time (UTC−4) in the New York winter of 1943', () => {
    const result = localToUtc({
      date: '1943-01-15',
      time: '12:00',
      zone: 'America/New_York',
      longitude: NYC_LON,
    });
    expect(result).toMatchObject({ kind: 'ok', offsetMinutes: -240, rule: 'iana' });
    expect(okUtc(result)).toBe('1943-01-15T16:00:00.000Z');
  });
});

describe('localToUtc: local mean time before standard time', () => {
  it('uses the birth longitude, not the zone reference city, in Paris 1880', () => {
    const paris = localToUtc({
      date: '1880-06-01',
      time: '12:00',
      zone: 'Europe/Paris',
      longitude: 2.35,
    });
    const east = localToUtc({
      date: '1880-06-01',
      time: '12:00',
      zone: 'Europe/Paris',
      longitude: 7.35,
    });
    // 2.35° × 4 min = 9 min 24 s; 7.35° × 4 min = 29 min 24 s.
    expect(paris).toMatchObject({ kind: 'ok', rule: 'lmt', zoneAbbr: 'LMT', offsetMinutes: 9.4 });
    expect(okUtc(paris)).toBe('1880-06-01T11:50:36.000Z');
    expect(okUtc(east)).toBe('1880-06-01T11:30:36.000Z');
  });

  it('switches from local mean time to EST at the 1883 railway-time change in New York', () => {
    const morning = localToUtc({
      date: '1883-11-18',
      time: '11:00',
      zone: 'America/New_York',
      longitude: -74,
    });
    const afternoon = localToUtc({
      date: '1883-11-18',
      time: '13:00',
      zone: 'America/New_York',
      longitude: -74,
    });
    expect(morning).toMatchObject({ kind: 'ok', rule: 'lmt', offsetMinutes: -296 });
    expect(okUtc(morning)).toBe('1883-11-18T15:56:00.000Z');
    expect(afternoon).toMatchObject({ kind: 'ok', rule: 'iana', offsetMinutes: -300 });
    expect(okUtc(afternoon)).toBe('1883-11-18T18:00:00.000Z');
  });

  it('never applies local mean time to zones without transitions', () => {
    const result = localToUtc({ date: '1800-01-01', time: '12:00', zone: 'UTC', longitude: 90 });
    expect(result).toMatchObject({ kind: 'ok', rule: 'iana', offsetMinutes: 0 });
  });
});

describe('localToUtc: unknown time of birth', () => {
  it('returns local noon flagged as unknown', () => {
    const result = localToUtc({
      date: '2021-07-01',
      time: null,
      zone: 'Europe/Paris',
      longitude: PARIS_LON,
    });
    expect(result).toMatchObject({ kind: 'unknown_time', offsetMinutes: 120, rule: 'iana' });
    if (result.kind === 'unknown_time')
      expect(result.utc.toISOString()).toBe('2021-07-01T10:00:00.000Z');
  });

  it('uses local mean time for an unknown time before standard time', () => {
    const result = localToUtc({
      date: '1880-06-01',
      time: null,
      zone: 'Europe/Paris',
      longitude: 2.35,
    });
    expect(result).toMatchObject({ kind: 'unknown_time', rule: 'lmt' });
  });
});
