import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBodies } from './ephemeris';
import { armc, frameAt } from './frame';
import { julianDayFromDate } from './frame/julian-day';
import { BODIES, type Body } from './types';

interface RefCase {
  id: string;
  utc: string;
  lon: number;
  bodies: Record<Body, { lon: number; lat: number; speed: number }>;
  houses: Record<string, { cusps: number[]; asc: number; mc: number; armc: number }>;
}

const fixture = JSON.parse(
  readFileSync(join(__dirname, 'testdata', 'swiss-ephemeris-public.json'), 'utf8'),
) as { cases: RefCase[] };

/** Arcseconds between two longitudes, across the 0°/360° seam. */
function arcsec(a: number, b: number): number {
  return Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 3600;
}

/** Worst-case longitude error allowed per body, arcseconds: the product bars, all met. */
const BARS: Record<Body, number> = {
  sun: 5,
  moon: 5,
  mercury: 5,
  venus: 5,
  mars: 5,
  jupiter: 5,
  saturn: 5,
  uranus: 5,
  neptune: 5,
  pluto: 5,
  mean_node: 10,
  mean_lilith: 10,
  true_node: 30,
  chiron: 120,
};

const jd = (c: RefCase) => julianDayFromDate(new Date(c.utc));
const computed = fixture.cases.map((c) => computeBodies(jd(c)));

describe('computeBodies against the Swiss Ephemeris fixture', () => {
  for (const body of BODIES) {
    const bar = BARS[body];
    it(`${body} longitude within ${bar}″`, () => {
      const worst = Math.max(
        ...fixture.cases.map((c, i) => arcsec(computed[i]![body].lon, c.bodies[body].lon)),
      );
      expect(worst).toBeLessThanOrEqual(bar);
    });
  }

  it('agrees on the direction of motion (retrograde flags) away from stations', () => {
    for (const [i, c] of fixture.cases.entries()) {
      for (const body of BODIES) {
        const ref = c.bodies[body].speed;
        if (Math.abs(ref) < 1e-3) continue;
        expect(computed[i]![body].retrograde, `${c.id} ${body}`).toBe(ref < 0);
      }
    }
  });

  it('matches the reference speeds of every body but the mean points to 0.001°/day', () => {
    for (const [i, c] of fixture.cases.entries()) {
      for (const body of BODIES.filter((b) => b !== 'mean_node' && b !== 'mean_lilith')) {
        expect(Math.abs(computed[i]![body].speed - c.bodies[body].speed)).toBeLessThan(1e-3);
      }
    }
  });
});

describe('frame against the Swiss Ephemeris fixture', () => {
  it('armc (local apparent sidereal time) within 0.01″', () => {
    for (const c of fixture.cases) {
      expect(arcsec(armc(jd(c), c.lon), c.houses.placidus!.armc)).toBeLessThan(0.01);
    }
  });

  it('frameAt is consistent: gast − gmst is the equation of the equinoxes (< 1.2 s of time)', () => {
    for (const c of fixture.cases.slice(0, 50)) {
      const f = frameAt(jd(c));
      expect(arcsec(f.gast, f.gmst)).toBeLessThan(18);
    }
  });
});

// House cusps: compared here once lib/astro/houses/index.ts (computeHouses, another engineer's
// module) lands, against c.houses[system].cusps/asc/mc of the same fixture.
describe.todo('houses against the Swiss Ephemeris fixture');
