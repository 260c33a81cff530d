import { describe, expect, it } from 'vitest';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { dateFromJulianDay } from '@/lib/astro/frame/julian-day';
import { chartHashFromRef } from './chart-ref';
import { parseProgressionQuery, parseReturnYearQuery } from './single-field-query';
import { parseTransitsQuery } from './transits-query';
import { currentTransits, transitTimeline } from './transits-view';
import { monthOnClock, zoneClock } from './zone-clock';

const now = new Date('2026-11-22T20:00:00Z');
const paris = { zone: 'Europe/Paris', offsetMinutes: 120, rule: 'iana' };
const natal = computeChart({
  utc: new Date('1990-05-15T12:30:00Z'),
  latitude: 48.8566,
  longitude: 2.3522,
});

describe('parseTransitsQuery', () => {
  it('defaults to twelve months from today, outer planets', () => {
    expect(parseTransitsQuery({}, now)).toEqual({
      value: { from: '2026-11-22', to: '2027-11-22', bodies: 'outer' },
      errors: {},
    });
  });

  it('flags impossible dates, reversed and too long ranges, unknown filters', () => {
    expect(parseTransitsQuery({ from: '2026-02-30' }, now).errors).toEqual({
      from: 'date_invalid',
    });
    expect(parseTransitsQuery({ from: '2026-05-01', to: '2026-04-01' }, now).errors).toEqual({
      to: 'range_order',
    });
    expect(parseTransitsQuery({ from: '2026-01-01', to: '2030-01-01' }, now).errors).toEqual({
      to: 'range_too_long',
    });
    expect(parseTransitsQuery({ bodies: 'moon' }, now).errors).toEqual({
      bodies: 'bodies_invalid',
    });
  });
});

describe('chartHashFromRef', () => {
  it('reads a bare hash, a URL and a path to a sub-page', () => {
    expect(chartHashFromRef(' AbCdEf0123456789 ')).toBe('AbCdEf0123456789');
    expect(chartHashFromRef('https://x.test/de/chart/AbCdEf0123456789?y=1')).toBe(
      'AbCdEf0123456789',
    );
    expect(chartHashFromRef('/en/chart/AbCdEf0123456789/synastry')).toBe('AbCdEf0123456789');
    expect(chartHashFromRef('not a chart!')).toBeNull();
  });
});

describe('zoneClock', () => {
  it('puts an instant in the month of the birth clock, not of UT', () => {
    const lateNight = new Date('2026-01-31T23:30:00Z');
    expect(monthOnClock(lateNight, zoneClock(paris))).toBe('2026-02');
    const west = zoneClock({ zone: 'x', offsetMinutes: -300, rule: 'explicit' });
    expect(west.label).toBe('UTC−05:00');
    expect(monthOnClock(new Date('2026-02-01T03:00:00Z'), west)).toBe('2026-01');
  });
});

describe('transits', () => {
  it('finds current aspects within transit orbs, natal first', () => {
    const { aspects } = currentTransits(natal, now);
    expect(aspects.length).toBeGreaterThan(0);
    for (const a of aspects) expect(a.orb).toBeLessThanOrEqual(3 * 1.2 + 1e-9);
  });

  it('groups exact hits by month in time order, each at its exact aspect', () => {
    const months = transitTimeline(
      natal,
      { from: '2026-01-01', to: '2027-01-01', bodies: 'outer' },
      zoneClock(paris),
    );
    const hits = months.flatMap((m) => m.hits);
    expect(hits.length).toBeGreaterThan(0);
    for (const m of months) {
      for (const h of m.hits)
        expect(monthOnClock(dateFromJulianDay(h.exact), zoneClock(paris))).toBe(m.month);
    }
    const times = hits.map((h) => h.exact);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(months.map((m) => m.month)).size).toBe(months.length);
  });
});

describe('single-field queries', () => {
  it('defaults the progression date to today and rejects impossible dates', () => {
    expect(parseProgressionQuery({}, now)).toEqual({ value: { date: '2026-11-22' }, errors: {} });
    expect(parseProgressionQuery({ date: 'soon' }, now).errors).toEqual({ date: 'date_invalid' });
  });

  it('takes a return year from the birth year on', () => {
    expect(parseReturnYearQuery({}, now, 1990).value.year).toBe(2026);
    expect(parseReturnYearQuery({ year: '1995' }, now, 1990)).toEqual({
      value: { year: 1995 },
      errors: {},
    });
    expect(parseReturnYearQuery({ year: '1989' }, now, 1990).errors).toEqual({
      year: 'before_birth',
    });
    expect(parseReturnYearQuery({ year: '20x6' }, now, 1990).errors).toEqual({
      year: 'year_invalid',
    });
  });
});

describe('current transits', () => {
  it('leaves out the mean node on both sides, the true node stays', () => {
    const ids = currentTransits(natal, now).aspects.flatMap((a) => [a.a, a.b]);
    expect(ids).not.toContain('mean_node');
  });
});
