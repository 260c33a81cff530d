import { describe, expect, it } from 'vitest';
import { computeBodies } from '.';
import { julianDayFromDate } from '../frame/julian-day';
import { sunDeflection } from './light-deflection';

const RAD_TO_ARCSEC = (180 / Math.PI) * 3600;
/** 2GM☉/(c² · 1 au) in radians, from the IAU/DE430 constants (not the module's). */
const EINSTEIN_AT_1AU = (2 * 1.32712440018e20) / 299792458 ** 2 / 149597870700;
/** Solar angular radius at 1 au, degrees. */
const SUN_RADIUS_DEG = 959.63 / 3600;

/**
 * Deflection (arcseconds) of a body at `distance` au seen `elongationDeg` from the Sun by an
 * observer on the +x axis at 1 au, in the xy plane; also the component pointing away from the
 * Sun (positive when the body is pushed away from it).
 */
function deflect(elongationDeg: number, distance: number): { total: number; away: number } {
  const a = (elongationDeg * Math.PI) / 180;
  // From the Earth at (1, 0, 0) the Sun is towards −x; rotate that by the elongation.
  const px = -Math.cos(a) * distance;
  const py = Math.sin(a) * distance;
  const out = new Float64Array(3);
  sunDeflection(px, py, 0, 1, 0, 0, out);
  const total = (Math.hypot(out[0]!, out[1]!, out[2]!) / distance) * RAD_TO_ARCSEC;
  // Direction away from the Sun, perpendicular to the line of sight: (sin a, cos a).
  const away = ((out[0]! * Math.sin(a) + out[1]! * Math.cos(a)) / distance) * RAD_TO_ARCSEC;
  return { total, away };
}

/** Deflection of a source at infinity, θ from the Sun: (2GM/c²em)(1 + cos θ)/sin θ, arcsec. */
function starDeflection(elongationDeg: number): number {
  const t = (elongationDeg * Math.PI) / 180;
  return ((EINSTEIN_AT_1AU * (1 + Math.cos(t))) / Math.sin(t)) * RAD_TO_ARCSEC;
}

describe('sunDeflection', () => {
  it('deflects a distant body at 90° elongation by 2GM/(c² au) ≈ 0.0041″, away from the Sun', () => {
    const d = deflect(90, 1e7);
    expect(d.total).toBeCloseTo(0.00407, 5);
    expect(d.away).toBeCloseTo(d.total, 9);
  });

  it("gives Einstein's 1.75″ for a distant body grazing the solar limb", () => {
    const d = deflect(SUN_RADIUS_DEG * 1.0001, 1e7);
    expect(d.total).toBeCloseTo(1.7505, 3);
    expect(d.away).toBeGreaterThan(0);
  });

  it('follows the (1 + cos θ)/sin θ law for distant bodies from the limb to opposition', () => {
    for (const el of [0.3, 1, 5, 30, 90, 150, 179]) {
      expect(deflect(el, 1e7).total / starDeflection(el)).toBeCloseTo(1, 5);
    }
  });

  it('bends little the light of a body in front of the Sun (the ray does not pass it)', () => {
    const behind = deflect(2, 30).total;
    const inFront = deflect(2, 0.3).total;
    expect(inFront).toBeLessThan(behind / 100);
  });

  it('falls to zero at the centre of the disk, continuously from the limb inwards', () => {
    expect(deflect(0, 30).total).toBe(0);
    const justOut = deflect(SUN_RADIUS_DEG * 1.0001, 30).total;
    const justIn = deflect(SUN_RADIUS_DEG * 0.9999, 30).total;
    expect(Math.abs(justIn - justOut)).toBeLessThan(0.001);
    // Inside the disk only the mass within the impact radius bends the ray: less than a point
    // mass would (which doubles the limb value at half the radius), but more than at the limb.
    const half = deflect(SUN_RADIUS_DEG * 0.5, 30).total;
    expect(half).toBeGreaterThan(justOut);
    expect(half).toBeLessThan(2 * justOut);
    expect(deflect(SUN_RADIUS_DEG * 0.01, 30).total).toBeLessThan(1);
  });

  it('is zero for a body at the heliocentre (the Sun itself)', () => {
    const out = new Float64Array([9, 9, 9]);
    sunDeflection(-1, 0, 0, 1, 0, 0, out);
    expect([...out]).toEqual([0, 0, 0]);
  });
});

describe('deflection in the apparent place', () => {
  // Uranus passed 0.003° from the Sun's centre here: the deflection changes by arcseconds per
  // hour, so a speed without its rate would be off by ~0.05°/day.
  const jd = julianDayFromDate(new Date('1900-12-05T05:07:02Z'));

  it('keeps the speed the derivative of the deflected longitude behind the Sun', () => {
    const h = 0.0005;
    for (const t of [jd - 0.2, jd - 0.05, jd, jd + 0.1]) {
      const before = computeBodies(t - h, { bodies: ['uranus'] }).uranus.lon;
      const after = computeBodies(t + h, { bodies: ['uranus'] }).uranus.lon;
      const speed = computeBodies(t, { bodies: ['uranus'] }).uranus.speed;
      expect(Math.abs((after - before) / (2 * h) - speed)).toBeLessThan(2e-4);
    }
  });

  // Swiss Ephemeris 2.10.03 (sweph npm, SWIEPH files, default flags): the worst cases of every
  // solar conjunction 1900–2050 before the deflection was modelled (4–4.7″ off then).
  const SWISS = [
    {
      utc: '1954-06-30T15:54:26Z',
      body: 'jupiter',
      lon: 98.361218,
      lat: -0.031718,
      speed: 0.224002,
    },
    {
      utc: '2034-07-17T08:20:34Z',
      body: 'saturn',
      lon: 114.910221,
      lat: 0.037882,
      speed: 0.124577,
    },
    { utc: '1900-12-05T05:12:51Z', body: 'uranus', lon: 252.7076, lat: 0.01123, speed: 0.06084 },
    {
      utc: '2003-01-30T22:17:10Z',
      body: 'neptune',
      lon: 310.662388,
      lat: 0.035004,
      speed: 0.032415,
    },
    {
      utc: '1930-07-12T06:30:53Z',
      body: 'pluto',
      lon: 109.159941,
      lat: -0.061466,
      speed: 0.009649,
    },
    {
      utc: '2027-04-20T16:34:01Z',
      body: 'chiron',
      lon: 30.369168,
      lat: -0.079329,
      speed: 0.047712,
    },
  ] as const;

  it('matches the Swiss Ephemeris behind the solar disk to 1″ and 1e-4°/day', () => {
    for (const ref of SWISS) {
      const got = computeBodies(julianDayFromDate(new Date(ref.utc)), { bodies: [ref.body] })[
        ref.body
      ];
      const dLon = ((((got.lon - ref.lon) % 360) + 540) % 360) - 180;
      expect(Math.hypot(dLon, got.lat - ref.lat) * 3600, ref.body).toBeLessThan(1);
      expect(Math.abs(got.speed - ref.speed), ref.body).toBeLessThan(1e-4);
    }
  });
});
