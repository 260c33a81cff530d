import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeChart } from '../chart/compute-chart';
import { julianDayFromDate } from '../frame/julian-day';
import { lunarReturnCharts, solarReturnChart } from './return-charts';

const natal = computeChart({
  utc: new Date('1990-05-15T12:30:00Z'),
  latitude: 48.85,
  longitude: 2.35,
});

describe('return charts', () => {
  it('casts the solar return at the return instant, at the chosen place', () => {
    const r = solarReturnChart(natal, 2025, { place: { latitude: 40.71, longitude: -74.01 } });
    // 0.1 s of the Sun's motion is about 0.004″.
    expect(Math.abs(signedDiffDeg(natal.bodies.sun.lon, r.bodies.sun.lon)) * 3600).toBeLessThan(
      0.05,
    );
    expect(r.utc.startsWith('2025-05-1')).toBe(true);
    expect(r.latitude).toBe(40.71);
    expect(r.houses).not.toBeNull();
  });

  it('keeps a sidereal natal chart sidereal', () => {
    const sidereal = computeChart({
      utc: new Date('1990-05-15T12:30:00Z'),
      latitude: 48.85,
      longitude: 2.35,
      zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' },
    });
    const r = solarReturnChart(sidereal, 2025);
    expect(r.zodiac).toEqual(sidereal.zodiac);
    expect(Math.abs(signedDiffDeg(sidereal.bodies.sun.lon, r.bodies.sun.lon)) * 3600).toBeLessThan(
      0.05,
    );
  });

  it('casts each lunar return of a month at the birth place', () => {
    const from = julianDayFromDate(new Date('2025-03-01T00:00:00Z'));
    const to = julianDayFromDate(new Date('2025-04-01T00:00:00Z'));
    const charts = lunarReturnCharts(natal, from, to);
    expect(charts.length).toBeGreaterThanOrEqual(1);
    for (const c of charts) {
      expect(c.jdUt).toBeGreaterThanOrEqual(from);
      expect(c.jdUt).toBeLessThanOrEqual(to);
      expect(Math.abs(signedDiffDeg(natal.bodies.moon.lon, c.bodies.moon.lon)) * 3600).toBeLessThan(
        1,
      );
      expect(c.latitude).toBe(natal.latitude);
    }
  });
});
