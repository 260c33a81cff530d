import { describe, expect, it } from 'vitest';
import { chartFromBirth } from './chart-from-birth';

const paris = { latitude: 48.8566, longitude: 2.3522, zone: 'Europe/Paris' };
const newYork = { latitude: 40.7128, longitude: -74.006, zone: 'America/New_York' };

describe('chartFromBirth', () => {
  it('turns Paris summer time into UT and computes the chart', () => {
    const r = chartFromBirth({ date: '1990-05-15', time: '14:30', location: paris });
    expect(r.kind).toBe('chart');
    if (r.kind !== 'chart') return;
    expect(r.chart.utc).toBe('1990-05-15T12:30:00.000Z');
    expect(r.time).toMatchObject({ offsetMinutes: 120, resolvedBy: 'zone' });
    expect(r.chart.bodies.sun.sign).toBe('taurus');
    expect(r.chart.houses).not.toBeNull();
  });

  it('reports a time skipped by spring-forward with both readings, and takes the chosen one', () => {
    const input = { date: '2021-03-14', time: '02:30', location: newYork };
    const r = chartFromBirth(input);
    expect(r.kind).toBe('gap');
    if (r.kind === 'chart') return;
    const [earlier, later] = r.candidates;
    expect(earlier.utc.getTime()).toBeLessThan(later.utc.getTime());
    const picked = chartFromBirth({ ...input, disambiguation: { fold: 'later' } });
    expect(picked.kind === 'chart' && picked.chart.utc).toBe(later.utc.toISOString());
    expect(picked.kind === 'chart' && picked.time.resolvedBy).toBe('fold');
  });

  it('reports a time repeated by fall-back, one hour apart, and takes the chosen one', () => {
    const input = { date: '2021-11-07', time: '01:30', location: newYork };
    const r = chartFromBirth(input);
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'chart') return;
    expect(r.candidates[1].utc.getTime() - r.candidates[0].utc.getTime()).toBe(3_600_000);
    const picked = chartFromBirth({ ...input, disambiguation: { fold: 'earlier' } });
    expect(picked.kind === 'chart' && picked.chart.utc).toBe(r.candidates[0].utc.toISOString());
  });

  it('uses an explicit offset as given', () => {
    const r = chartFromBirth({
      date: '2021-11-07',
      time: '01:30',
      location: newYork,
      disambiguation: { offsetMinutes: -300 },
    });
    expect(r.kind === 'chart' && r.chart.utc).toBe('2021-11-07T06:30:00.000Z');
    expect(r.kind === 'chart' && r.time.rule).toBe('explicit');
  });

  it('draws a local-noon chart without houses when the time is unknown', () => {
    const r = chartFromBirth({ date: '1990-05-15', time: null, location: paris });
    expect(r.kind === 'chart' && r.chart.utc).toBe('1990-05-15T10:00:00.000Z');
    expect(r.kind === 'chart' && r.chart.timeUnknown).toBe(true);
    expect(r.kind === 'chart' && r.chart.houses).toBeNull();
  });
});
