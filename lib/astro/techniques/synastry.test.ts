import { describe, expect, it } from 'vitest';
import { computeChart } from '../chart/compute-chart';
import { houseOf } from '../houses';
import { BODIES } from '../types';
import { synastry } from './synastry';

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

describe('synastry', () => {
  const ab = synastry(alice, bob);
  const ba = synastry(bob, alice);

  it('is symmetric: same aspects with roles swapped, overlays swapped, same score', () => {
    const key = (a: string, b: string, kind: string) => `${a}|${b}|${kind}`;
    expect(new Set(ba.aspects.map((x) => key(x.b, x.a, x.kind)))).toEqual(
      new Set(ab.aspects.map((x) => key(x.a, x.b, x.kind))),
    );
    expect(ba.aInB).toEqual(ab.bInA);
    expect(ba.score.score).toBe(ab.score.score);
  });

  it("places each of A's bodies in B's houses", () => {
    for (const body of BODIES) {
      expect(ab.aInB[body]).toBe(houseOf(alice.bodies[body].lon, bob.houses!.cusps));
    }
  });

  it('takes chart A points as `a` and includes the angles when times are known', () => {
    const aIds = new Set(ab.aspects.map((x) => x.a));
    expect([...aIds].every((id) => id in alice.bodies || id === 'asc' || id === 'mc')).toBe(true);
    expect(
      ab.aspects.some((x) => x.a === 'asc' || x.b === 'mc' || x.a === 'mc' || x.b === 'asc'),
    ).toBe(true);
  });

  it('has no overlays into a chart without houses', () => {
    const noTime = computeChart({
      utc: new Date('1987-11-02T12:00:00Z'),
      latitude: 40.71,
      longitude: -74.01,
      timeUnknown: true,
    });
    const s = synastry(alice, noTime);
    expect(Object.values(s.aInB).every((h) => h === null)).toBe(true);
    expect(Object.values(s.bInA).every((h) => h !== null)).toBe(true);
  });

  it('scores a chart with itself above neutral (every body conjunct itself)', () => {
    expect(synastry(alice, alice).score.score).toBeGreaterThan(50);
  });
});
