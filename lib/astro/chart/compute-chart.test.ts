import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeBodies } from '../ephemeris';
import { AstroError } from '../errors';
import { julianDayFromDate } from '../frame/julian-day';
import { houseOf } from '../houses';
import { summarizeChart } from '../summary';
import reference from '../testdata/swiss-ephemeris-public.json';
import { BODIES, SIGNS } from '../types';
import { computeChart } from './compute-chart';

const arcsec = (a: number, b: number) => Math.abs(signedDiffDeg(a, b)) * 3600;
const paris = reference.cases.find((c) => c.id === 'e11')!;
const at = { utc: new Date(paris.utc), latitude: paris.lat, longitude: paris.lon };

describe('computeChart', () => {
  const chart = computeChart(at);

  it('agrees with the Swiss Ephemeris reference for a known case', () => {
    for (const body of ['sun', 'moon', 'mercury', 'venus', 'mars', 'jupiter', 'saturn'] as const) {
      expect(arcsec(chart.bodies[body].lon, paris.bodies[body].lon)).toBeLessThan(10);
    }
    paris.houses.placidus.cusps.forEach((cusp, i) => {
      expect(arcsec(chart.houses!.cusps[i]!, cusp)).toBeLessThan(1);
    });
    expect(arcsec(chart.angles!.asc.lon, paris.houses.placidus.asc)).toBeLessThan(1);
    expect(arcsec(chart.angles!.mc.lon, paris.houses.placidus.mc)).toBeLessThan(1);
    expect(arcsec(chart.angles!.vertex.lon, paris.houses.placidus.vertex)).toBeLessThan(1);
  });

  it('gives every body a consistent sign, degree, house and retrograde flag', () => {
    expect(Object.keys(chart.bodies).sort()).toEqual([...BODIES].sort());
    for (const b of Object.values(chart.bodies)) {
      expect(SIGNS.indexOf(b.sign) * 30 + b.degreeInSign).toBeCloseTo(b.lon, 9);
      expect(b.degreeInSign).toBeGreaterThanOrEqual(0);
      expect(b.degreeInSign).toBeLessThan(30);
      expect(b.house).toBe(houseOf(b.lon, chart.houses!.cusps));
      expect(b.retrograde).toBe(b.speed < 0);
    }
    expect(chart.angles!.dsc.lon).toBeCloseTo((chart.angles!.asc.lon + 180) % 360, 9);
  });

  it('finds aspects between bodies and to the Ascendant and MC, each within its orb', () => {
    const ids = new Set(chart.aspects.flatMap((x) => [x.a, x.b]));
    expect(ids.has('asc') || ids.has('mc')).toBe(true);
    for (const x of chart.aspects) expect(x.orb).toBeLessThanOrEqual(x.allowedOrb);
    // On 1999-08-11 the Sun and Moon were conjunct (total solar eclipse).
    expect(
      chart.aspects.some(
        (x) => [x.a, x.b].sort().join() === 'moon,sun' && x.kind === 'conjunction',
      ),
    ).toBe(true);
  });

  it('leaves out the meaningless aspect between the mean and the true node', () => {
    expect(chart.aspects.some((x) => [x.a, x.b].sort().join() === 'mean_node,true_node')).toBe(
      false,
    );
  });

  it('summarises the chart, with hemispheres only when houses are known', () => {
    const weights = Object.values(chart.summary.elements.groups).reduce((s, g) => s + g.share, 0);
    expect(weights).toBeCloseTo(1, 9);
    expect(chart.summary.hemispheres.known).toBe(true);
    expect(chart.summary.dominants.length).toBeGreaterThan(0);
    expect(computeChart({ ...at, timeUnknown: true }).summary.hemispheres.known).toBe(false);
  });

  it('summarises from its own aspects exactly as a summary searching on its own would', () => {
    const settings = [
      {},
      { timeUnknown: true },
      { zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } as const, houseSystem: 'koch' as const },
      { aspects: { kinds: ['trine', 'square', 'opposition'] as const, pointFactors: { sun: 2 } } },
    ];
    for (const setting of settings) {
      const c = computeChart({ ...at, ...setting });
      const zodiac = c.zodiac.kind === 'sidereal' ? { ayanamsa: c.zodiac.ayanamsa } : {};
      const alone = summarizeChart({
        bodies: computeBodies(c.jdUt, zodiac),
        ...(c.houses ? { houses: c.houses } : {}),
        ...(setting.aspects ? { aspectOptions: setting.aspects } : {}),
      });
      expect(c.summary).toEqual(alone);
    }
  });

  it('records the frame and engine in meta', () => {
    expect(chart.meta.deltaT).toBeGreaterThan(63);
    expect(chart.meta.deltaT).toBeLessThan(65);
    expect(chart.meta.trueObliquity).toBeCloseTo(23.44, 1);
    expect(chart.meta.ayanamsa).toBeNull();
    expect(chart.meta.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('draws no houses, angles or angle aspects when the time is unknown', () => {
    const noon = computeChart({ ...at, timeUnknown: true });
    expect(noon.houses).toBeNull();
    expect(noon.angles).toBeNull();
    expect(Object.values(noon.bodies).every((b) => b.house === null)).toBe(true);
    expect(
      noon.aspects.some((x) => ['asc', 'mc'].includes(x.a) || ['asc', 'mc'].includes(x.b)),
    ).toBe(false);
    expect(noon.hash).not.toBe(chart.hash);
  });

  it('shifts bodies and cusps by the ayanamsa in a sidereal zodiac', () => {
    const sidereal = computeChart({ ...at, zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } });
    const ayanamsa = sidereal.meta.ayanamsa!;
    // Lahiri was about 23°51′ in 1999.
    expect(ayanamsa).toBeGreaterThan(23.8);
    expect(ayanamsa).toBeLessThan(23.9);
    for (const body of BODIES) {
      expect(signedDiffDeg(sidereal.bodies[body].lon, chart.bodies[body].lon)).toBeCloseTo(
        ayanamsa,
        6,
      );
    }
    chart.houses!.cusps.forEach((cusp, i) => {
      expect(signedDiffDeg(sidereal.houses!.cusps[i]!, cusp)).toBeCloseTo(ayanamsa, 9);
    });
    const whole = computeChart({
      ...at,
      houseSystem: 'whole_sign',
      zodiac: { kind: 'sidereal', ayanamsa: 'fagan_bradley' },
    });
    whole.houses!.cusps.forEach((cusp) => expect(cusp % 30).toBe(0));
    expect(whole.houses!.cusps[0]).toBe(Math.floor(whole.angles!.asc.lon / 30) * 30);
  });

  it('falls back from Placidus to Porphyry inside the polar circle and says so', () => {
    const polar = computeChart({ ...at, latitude: 70 });
    expect(polar.houses!.fallback).toEqual({
      from: 'placidus',
      to: 'porphyry',
      reason: 'polar_latitude',
    });
    expect(polar.houses!.effectiveSystem).toBe('porphyry');
  });

  it('hashes the inputs: same chart, same hash; another setting, another hash', () => {
    expect(
      computeChart({
        jdUt: julianDayFromDate(at.utc),
        latitude: at.latitude,
        longitude: at.longitude,
      }).hash,
    ).toBe(chart.hash);
    expect(computeChart({ ...at, houseSystem: 'koch' }).hash).not.toBe(chart.hash);
    expect(computeChart({ ...at, aspects: { kinds: ['trine'] } }).hash).not.toBe(chart.hash);
  });

  it('rejects places and dates it cannot compute', () => {
    expect(() => computeChart({ ...at, latitude: 91 })).toThrow(AstroError);
    expect(() => computeChart({ ...at, longitude: Number.NaN })).toThrow(AstroError);
    expect(() => computeChart({ ...at, utc: new Date('1700-01-01T00:00:00Z') })).toThrow(
      AstroError,
    );
  });
});
