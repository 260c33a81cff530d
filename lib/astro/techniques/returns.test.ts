import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeBodies } from '../ephemeris';
import { julianDayFromDate } from '../frame/julian-day';
import { lunarReturnJds, solarReturnJd } from './returns';

const jd = (iso: string) => julianDayFromDate(new Date(iso));
const lon = (body: 'sun' | 'moon', t: number) => computeBodies(t, { bodies: [body] })[body].lon;
/** Seconds of time the body needs to cover its remaining arc to the target. */
const secondsOff = (body: 'sun' | 'moon', t: number, target: number) => {
  const p = computeBodies(t, { bodies: [body] })[body];
  return (Math.abs(signedDiffDeg(target, p.lon)) / Math.abs(p.speed)) * 86400;
};

describe('solarReturnJd', () => {
  const natalJd = jd('1990-05-15T12:30:00Z');
  const natalSunLon = lon('sun', natalJd);

  it('finds the return to the natal Sun to under a second, near the birthday', () => {
    for (const year of [1991, 2025, 2049]) {
      const t = solarReturnJd({ natalJd, natalSunLon, birthYear: 1990, year });
      expect(secondsOff('sun', t, natalSunLon)).toBeLessThan(1);
      const date = new Date((t - 2440587.5) * 86400000);
      expect(date.getUTCFullYear()).toBe(year);
      expect(
        Math.abs(date.getUTCMonth() * 31 + date.getUTCDate() - (4 * 31 + 15)),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('returns to the sidereal Sun in a sidereal zodiac, later than the tropical return', () => {
    const sidereal = computeBodies(natalJd, { bodies: ['sun'], ayanamsa: 'lahiri' }).sun.lon;
    const tropical = solarReturnJd({ natalJd, natalSunLon, birthYear: 1990, year: 2030 });
    const t = solarReturnJd({
      natalJd,
      natalSunLon: sidereal,
      birthYear: 1990,
      year: 2030,
      ayanamsa: 'lahiri',
    });
    const p = computeBodies(t, { bodies: ['sun'], ayanamsa: 'lahiri' }).sun;
    expect((Math.abs(signedDiffDeg(sidereal, p.lon)) / p.speed) * 86400).toBeLessThan(1);
    // 40 years of precession (≈ 0.56°) take the Sun about 13–14 hours to cover.
    expect(t - tropical).toBeGreaterThan(0.5);
    expect(t - tropical).toBeLessThan(0.65);
  });
});

describe('lunarReturnJds', () => {
  it('finds one or two returns a month, each to under a second, 27.3 days apart', () => {
    const natalMoonLon = 212.4;
    const from = jd('2025-01-01T00:00:00Z');
    const all = lunarReturnJds({ natalMoonLon, from, to: jd('2026-01-01T00:00:00Z') });
    expect([13, 14]).toContain(all.length);
    for (const t of all) expect(secondsOff('moon', t, natalMoonLon)).toBeLessThan(1);
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeCloseTo(27.32, 0);
    const january = lunarReturnJds({ natalMoonLon, from, to: jd('2025-02-01T00:00:00Z') });
    expect(january).toEqual(all.filter((t) => t < jd('2025-02-01T00:00:00Z')));
  });
});
