import { describe, expect, it } from 'vitest';
import { AstroError } from '../errors';
import { armc, frameAt } from '.';
import { deltaTSeconds } from './delta-t';
import { dateFromJulianDay, julianDayFromDate } from './julian-day';
import { MAX_JD, MIN_JD } from './supported-range';

describe('julian day', () => {
  it('maps J2000.0 and round-trips a leap day', () => {
    expect(julianDayFromDate(new Date('2000-01-01T12:00:00Z'))).toBe(2451545);
    const leap = new Date('2024-02-29T18:30:00Z');
    expect(dateFromJulianDay(julianDayFromDate(leap)).toISOString()).toBe(leap.toISOString());
    expect(
      julianDayFromDate(new Date('2024-03-01T00:00:00Z')) -
        julianDayFromDate(new Date('2024-02-28T00:00:00Z')),
    ).toBe(2);
  });

  it('rejects invalid input with a typed error', () => {
    expect(() => julianDayFromDate(new Date('nope'))).toThrow(AstroError);
    expect(() => dateFromJulianDay(Number.NaN)).toThrow(AstroError);
  });
});

describe('deltaTSeconds', () => {
  it('follows the IERS values where they are measured', () => {
    expect(deltaTSeconds(2451544.5)).toBeCloseTo(63.83, 1); // 2000-01-01
    expect(deltaTSeconds(2440587.5)).toBeCloseTo(40.18, 0); // 1970-01-01
  });

  it('is continuous across the 1955 model switch and the end of the table', () => {
    for (const jd of [2435108.5, 2462137.5 /* 2028-12 */]) {
      expect(Math.abs(deltaTSeconds(jd + 1e-6) - deltaTSeconds(jd - 1e-6))).toBeLessThan(1e-3);
    }
  });

  it('grows into the future as the Swiss Ephemeris extrapolation does', () => {
    const y2050 = deltaTSeconds(2469807.5);
    expect(y2050).toBeGreaterThan(70);
    expect(y2050).toBeLessThan(80);
    expect(deltaTSeconds(2597000)).toBeGreaterThan(y2050);
  });
});

describe('frameAt', () => {
  it('gives the known obliquity and nutation at J2000', () => {
    const f = frameAt(2451545);
    expect(f.meanObliquity).toBeCloseTo(23.4392911, 4);
    expect(f.nutationLon * 3600).toBeCloseTo(-13.93, 1);
    expect(f.trueObliquity - f.meanObliquity).toBeCloseTo(f.nutationObl, 12);
  });

  it('keeps sidereal time and armc in [0, 360)', () => {
    for (const jd of [MIN_JD, 2451545.25, 2469807.6, MAX_JD - 1e-3]) {
      const f = frameAt(jd);
      for (const v of [f.gmst, f.gast, armc(jd, 179.99), armc(jd, -179.99)]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(360);
      }
    }
  });

  it('advances sidereal time by 360.9856° per day', () => {
    const d = frameAt(2460000.5 + 1).gmst - frameAt(2460000.5).gmst + 360;
    expect(d % 360).toBeCloseTo(0.985647, 4);
  });

  it('rejects NaN and dates outside 1800–2399 with typed errors', () => {
    expect(() => frameAt(Number.NaN)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => frameAt(MIN_JD - 1)).toThrow(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => frameAt(MAX_JD)).toThrow(expect.objectContaining({ code: 'out_of_range' }));
  });
});
