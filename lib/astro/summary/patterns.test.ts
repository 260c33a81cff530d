import { describe, expect, it } from 'vitest';
import { findAspects } from '../aspects/find-aspects';
import type { AspectPoint } from '../aspects/types';
import { cuspsFrom } from '../houses/cusps';
import { findAspectPatterns, type AspectPattern } from './patterns';
import { findStelliums } from './stelliums';

function patternsOf(points: AspectPoint[]): AspectPattern[] {
  const lons = Object.fromEntries(points.map((p) => [p.id, p.lon]));
  return findAspectPatterns(findAspects(points), lons);
}

function kinds(patterns: AspectPattern[]): string[] {
  return patterns.map((p) => p.kind).sort();
}

describe('aspect patterns', () => {
  it('finds a grand trine and its element, and none when one side is out of orb', () => {
    const yes = patternsOf([
      { id: 'sun', lon: 2 },
      { id: 'moon', lon: 125 },
      { id: 'jupiter', lon: 242 },
    ]);
    expect(yes).toEqual([
      { kind: 'grand_trine', members: ['jupiter', 'moon', 'sun'], element: 'fire' },
    ]);
    const mixed = patternsOf([
      { id: 'mars', lon: 28 },
      { id: 'venus', lon: 152 },
      { id: 'saturn', lon: 272 },
    ]);
    expect(mixed[0]?.element).toBeUndefined();
    expect(mixed[0]?.kind).toBe('grand_trine');
    expect(
      patternsOf([
        { id: 'mars', lon: 0 },
        { id: 'venus', lon: 120 },
        { id: 'saturn', lon: 252 },
      ]),
    ).toEqual([]);
  });

  it('finds a T-square with its apex, and none when the apex misses one square', () => {
    const yes = patternsOf([
      { id: 'mars', lon: 10 },
      { id: 'saturn', lon: 186 },
      { id: 'pluto', lon: 95 },
    ]);
    expect(yes).toEqual([
      { kind: 't_square', members: ['pluto', 'mars', 'saturn'], apex: 'pluto' },
    ]);
    expect(
      patternsOf([
        { id: 'mars', lon: 10 },
        { id: 'saturn', lon: 190 },
        { id: 'pluto', lon: 112 },
      ]),
    ).toEqual([]);
  });

  it('finds a grand cross without listing its four T-squares', () => {
    const cross = patternsOf([
      { id: 'sun', lon: 1 },
      { id: 'moon', lon: 93 },
      { id: 'mars', lon: 178 },
      { id: 'saturn', lon: 272 },
    ]);
    expect(cross).toEqual([{ kind: 'grand_cross', members: ['mars', 'moon', 'saturn', 'sun'] }]);
    const broken = patternsOf([
      { id: 'sun', lon: 1 },
      { id: 'moon', lon: 93 },
      { id: 'mars', lon: 178 },
      { id: 'saturn', lon: 300 },
    ]);
    expect(kinds(broken)).toEqual(['t_square']);
  });

  it('finds a yod, and none when a quincunx is beyond its 3° orb', () => {
    expect(
      patternsOf([
        { id: 'venus', lon: 0 },
        { id: 'mars', lon: 61 },
        { id: 'saturn', lon: 212 },
      ]),
    ).toEqual([{ kind: 'yod', members: ['saturn', 'mars', 'venus'], apex: 'saturn' }]);
    expect(
      patternsOf([
        { id: 'venus', lon: 0 },
        { id: 'mars', lon: 60 },
        { id: 'saturn', lon: 214 },
      ]),
    ).toEqual([]);
  });

  it('finds a kite on a grand trine, and no kite when the tail does not sextile both corners', () => {
    const kite = patternsOf([
      { id: 'sun', lon: 0 },
      { id: 'moon', lon: 120 },
      { id: 'jupiter', lon: 240 },
      { id: 'saturn', lon: 181 },
    ]);
    expect(kinds(kite)).toEqual(['grand_trine', 'kite']);
    expect(kite.find((p) => p.kind === 'kite')).toEqual({
      kind: 'kite',
      members: ['sun', 'jupiter', 'moon', 'saturn'],
      apex: 'sun',
    });
    const noKite = patternsOf([
      { id: 'mercury', lon: 0 },
      { id: 'venus', lon: 120 },
      { id: 'jupiter', lon: 240 },
      { id: 'uranus', lon: 190 },
    ]);
    expect(kinds(noKite)).toEqual(['grand_trine']);
  });
});

describe('stelliums', () => {
  const planets = [
    { id: 'sun', lon: 1 },
    { id: 'mercury', lon: 12 },
    { id: 'venus', lon: 29.5 },
    { id: 'mars', lon: 31 },
    { id: 'jupiter', lon: 200 },
  ] as const;

  it('needs three planets in one sign', () => {
    expect(findStelliums(planets)).toEqual([
      { kind: 'stellium', sign: 'aries', members: ['sun', 'mercury', 'venus'] },
    ]);
    expect(findStelliums(planets.slice(1))).toEqual([]);
  });

  it('counts houses separately from signs', () => {
    const cusps = cuspsFrom((i) => (10 + 30 * i) % 360);
    expect(findStelliums(planets, cusps)).toEqual([
      { kind: 'stellium', sign: 'aries', members: ['sun', 'mercury', 'venus'] },
      { kind: 'stellium', house: 1, members: ['mercury', 'venus', 'mars'] },
    ]);
  });
});
