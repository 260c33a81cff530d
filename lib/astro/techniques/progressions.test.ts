import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeChart } from '../chart/compute-chart';
import { computeBodies } from '../ephemeris';
import { BODIES } from '../types';
import { NAIBOD_RATE_DEG, progressedChart } from './progressions';
import { TROPICAL_YEAR_DAYS } from './returns';

const natal = computeChart({
  utc: new Date('1990-05-15T12:30:00Z'),
  latitude: 48.85,
  longitude: 2.35,
});
const at30 = natal.jdUt + 30 * TROPICAL_YEAR_DAYS;

describe('progressedChart', () => {
  const p = progressedChart(natal, at30);

  it('takes the bodies of the day that is as many days after birth as years of age', () => {
    expect(p.progression.ageYears).toBeCloseTo(30, 12);
    expect(p.progression.progressedJd).toBeCloseTo(natal.jdUt + 30, 9);
    const day30 = computeBodies(natal.jdUt + 30);
    for (const body of BODIES) expect(p.bodies[body].lon).toBeCloseTo(day30[body].lon, 9);
  });

  it('advances the MC by the solar arc, which is close to a degree a year', () => {
    expect(p.progression.solarArc).toBeCloseTo(
      signedDiffDeg(natal.bodies.sun.lon, p.bodies.sun.lon),
      9,
    );
    expect(p.progression.solarArc).toBeGreaterThan(28);
    expect(p.progression.solarArc).toBeLessThan(30);
    expect(signedDiffDeg(natal.angles!.mc.lon, p.angles!.mc.lon)).toBeCloseTo(
      p.progression.solarArc,
      6,
    );
    expect(p.houses!.cusps[9]).toBeCloseTo(p.angles!.mc.lon, 9);
  });

  it('advances the ARMC by the Naibod rate with the Naibod method', () => {
    const n = progressedChart(natal, at30, { method: 'naibod' });
    expect(signedDiffDeg(natal.houses!.armc, n.houses!.armc)).toBeCloseTo(30 * NAIBOD_RATE_DEG, 9);
    // Both methods agree to within a degree or two after 30 years.
    expect(Math.abs(signedDiffDeg(n.angles!.mc.lon, p.angles!.mc.lon))).toBeLessThan(2);
  });

  it('keeps the natal place and house system, and has no houses without a birth time', () => {
    expect(p.latitude).toBe(natal.latitude);
    expect(p.houses!.system).toBe(natal.houseSystem);
    const noon = computeChart({
      utc: new Date('1990-05-15T10:00:00Z'),
      latitude: 48.85,
      longitude: 2.35,
      timeUnknown: true,
    });
    expect(progressedChart(noon, at30).houses).toBeNull();
  });
});
