import { describe, expect, it } from 'vitest';
import { separationDeg, signedDiffDeg } from '../angles';
import { computeChart } from '../chart/compute-chart';
import { AstroError } from '../errors';
import { BODIES } from '../types';
import { compositeChart } from './composite';

const alice = computeChart({
  utc: new Date('1990-05-15T12:30:00Z'),
  latitude: 48.85,
  longitude: 2.35,
});
const bob = computeChart({
  utc: new Date('1987-11-02T04:10:00Z'),
  latitude: 40.71,
  longitude: -74.01,
});

describe('compositeChart', () => {
  const c = compositeChart(alice, bob);

  it('puts each body at the shorter-arc midpoint of the two', () => {
    for (const body of BODIES) {
      const m = c.bodies[body].lon;
      const da = separationDeg(m, alice.bodies[body].lon);
      expect(da).toBeCloseTo(separationDeg(m, bob.bodies[body].lon), 9);
      expect(2 * da).toBeCloseTo(separationDeg(alice.bodies[body].lon, bob.bodies[body].lon), 9);
    }
  });

  it('derives houses from the midpoint ARMC at the mean latitude', () => {
    expect(c.latitude).toBeCloseTo((48.85 + 40.71) / 2, 12);
    const armcs = [alice.houses!.armc, bob.houses!.armc];
    expect(separationDeg(c.houses!.armc, armcs[0]!)).toBeCloseTo(
      separationDeg(c.houses!.armc, armcs[1]!),
      9,
    );
    expect(c.houses!.cusps[0]).toBeCloseTo(c.angles!.asc.lon, 9);
    // The derived MC lies near the midpoint of the two MCs (exactly so only on the equator).
    const mcMid =
      signedDiffDeg(alice.angles!.mc.lon, bob.angles!.mc.lon) / 2 + alice.angles!.mc.lon;
    expect(separationDeg(c.angles!.mc.lon, mcMid)).toBeLessThan(3);
  });

  it('does not depend on the order of the charts', () => {
    const d = compositeChart(bob, alice);
    for (const body of BODIES) expect(d.bodies[body].lon).toBeCloseTo(c.bodies[body].lon, 9);
    expect(d.houses!.cusps).toEqual(c.houses!.cusps);
    expect(d.hash).toBe(c.hash);
  });

  it('has no houses when a birth time is unknown, and refuses mixed zodiacs', () => {
    const noon = computeChart({
      utc: new Date('1987-11-02T17:00:00Z'),
      latitude: 40.71,
      longitude: -74.01,
      timeUnknown: true,
    });
    expect(compositeChart(alice, noon).houses).toBeNull();
    const sidereal = computeChart({
      utc: new Date('1987-11-02T04:10:00Z'),
      latitude: 40.71,
      longitude: -74.01,
      zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' },
    });
    expect(() => compositeChart(alice, sidereal)).toThrow(AstroError);
  });
});
