import { describe, expect, it } from 'vitest';
import { AstroError } from '../errors';
import { findAspects, findInterAspects } from './find-aspects';
import { matchPair } from './match-pair';
import type { Aspect, AspectOptions, AspectPoint } from './types';

describe('matchPair', () => {
  it('sees a conjunction across 0° Aries', () => {
    const aspect = matchPair({ id: 'sun', lon: 359, speed: 1 }, { id: 'moon', lon: 1, speed: 13 });
    expect(aspect?.kind).toBe('conjunction');
    expect(aspect?.separation).toBeCloseTo(2, 12);
    expect(aspect?.orb).toBeCloseTo(2, 12);
    expect(aspect?.motion).toBe('separating');
  });

  it('measures the orb on the short arc for oppositions across 0°', () => {
    const aspect = matchPair(
      { id: 'mars', lon: 2, speed: 0.5 },
      { id: 'saturn', lon: 179, speed: 0.1 },
    );
    expect(aspect?.kind).toBe('opposition');
    expect(aspect?.separation).toBeCloseTo(177, 12);
    expect(aspect?.orb).toBeCloseTo(3, 12);
  });

  it('tells applying from separating with direct and retrograde bodies', () => {
    const cases: [AspectPoint, AspectPoint, string][] = [
      // Mercury retrograde backs into the Sun.
      [{ id: 'sun', lon: 100, speed: 1 }, { id: 'mercury', lon: 103, speed: -1 }, 'applying'],
      // Both retrograde, Mars faster, leaving Saturn behind.
      [
        { id: 'mars', lon: 200, speed: -0.3 },
        { id: 'saturn', lon: 205, speed: -0.05 },
        'separating',
      ],
      // Both retrograde, Mars behind and slower: Saturn backs towards it.
      [{ id: 'mars', lon: 200, speed: -0.05 }, { id: 'saturn', lon: 205, speed: -0.3 }, 'applying'],
      // Across 0°: the Sun closes on a retrograde Jupiter.
      [{ id: 'sun', lon: 359, speed: 1 }, { id: 'jupiter', lon: 1, speed: -0.1 }, 'applying'],
      // Square, Venus at 88° past Mars and gaining: the separation grows towards 90°.
      [{ id: 'mars', lon: 10, speed: 0.5 }, { id: 'venus', lon: 98, speed: 1.2 }, 'applying'],
      [{ id: 'mars', lon: 10, speed: 0.5 }, { id: 'venus', lon: 102, speed: 1.2 }, 'separating'],
      // Opposition just short of 180° on the negative side closes when the gap shrinks.
      [{ id: 'moon', lon: 10, speed: 13 }, { id: 'pluto', lon: 192, speed: 0 }, 'applying'],
      [{ id: 'moon', lon: 10, speed: 13 }, { id: 'pluto', lon: 188, speed: 0 }, 'separating'],
      // A planet moving onto a fixed Ascendant.
      [{ id: 'asc', lon: 50 }, { id: 'venus', lon: 47, speed: 1.1 }, 'applying'],
    ];
    for (const [a, b, motion] of cases) {
      expect({ a: a.id, b: b.id, motion: matchPair(a, b)?.motion }).toEqual({
        a: a.id,
        b: b.id,
        motion,
      });
      // Swapping the two points must not change the answer.
      expect(matchPair(b, a)?.motion).toBe(motion);
    }
  });

  it('calls two angles fixed and an exact hit exact', () => {
    expect(matchPair({ id: 'asc', lon: 10 }, { id: 'mc', lon: 275 })?.motion).toBe('fixed');
    const exact = matchPair({ id: 'sun', lon: 10, speed: 1 }, { id: 'mars', lon: 130, speed: 0.5 });
    expect(exact?.motion).toBe('exact');
    expect(exact?.exactness).toBe(1);
  });

  it('gives the luminaries wider orbs than the planets', () => {
    const sun = matchPair({ id: 'sun', lon: 0, speed: 1 }, { id: 'mars', lon: 101, speed: 0.5 });
    expect(sun?.kind).toBe('square');
    expect(sun?.allowedOrb).toBeCloseTo(12, 12);
    expect(sun?.exactness).toBeCloseTo(1 - 11 / 12, 12);
    expect(matchPair({ id: 'mercury', lon: 0 }, { id: 'mars', lon: 101 })).toBeUndefined();
  });

  it('applies orb overrides per aspect, per point factor and per point', () => {
    const a: AspectPoint = { id: 'venus', lon: 0 };
    const b: AspectPoint = { id: 'mars', lon: 92 };
    expect(matchPair(a, b)?.kind).toBe('square');
    expect(matchPair(a, b, { aspectOrbs: { square: 1.5 } })).toBeUndefined();
    expect(matchPair(a, b, { pointFactors: { venus: 0.1, mars: 0.1 } })).toBeUndefined();
    expect(
      matchPair(a, b, {
        pointFactors: { venus: 0.1, mars: 0.1 },
        pointOrbs: { mars: { square: 2.5 } },
      })?.allowedOrb,
    ).toBe(2.5);
    const venus: AspectPoint = { id: 'venus', lon: 0 };
    const wideQuintile: AspectPoint = { id: 'mars', lon: 74.5 };
    expect(matchPair(venus, wideQuintile)).toBeUndefined();
    expect(matchPair(venus, wideQuintile, { aspectOrbs: { quintile: 3 } })?.kind).toBe('quintile');
    expect(
      matchPair(venus, wideQuintile, { pointOrbs: { venus: { quintile: 2.6 } } })?.allowedOrb,
    ).toBe(2.6);
    expect(
      matchPair(venus, wideQuintile, { pointOrbs: { mars: { quintile: 2.4 } } }),
    ).toBeUndefined();
  });

  it('keeps only the tightest aspect when orbs overlap', () => {
    const aspect = matchPair(
      { id: 'venus', lon: 0 },
      { id: 'mars', lon: 68 },
      { aspectOrbs: { sextile: 10, quintile: 10 } },
    );
    expect(aspect?.kind).toBe('quintile');
    expect(aspect?.orb).toBeCloseTo(4, 12);
  });

  it('looks only for the requested kinds', () => {
    const a: AspectPoint = { id: 'venus', lon: 0 };
    expect(
      matchPair(
        a,
        { id: 'mars', lon: 150.5 },
        { kinds: ['conjunction', 'opposition', 'trine', 'square', 'sextile'] },
      ),
    ).toBeUndefined();
    expect(matchPair(a, { id: 'mars', lon: 150.5 })?.kind).toBe('quincunx');
  });
});

describe('findAspects', () => {
  const chart: AspectPoint[] = [
    { id: 'sun', lon: 10, speed: 1 },
    { id: 'moon', lon: 131, speed: 13 },
    { id: 'mars', lon: 100.5, speed: 0.6 },
    { id: 'saturn', lon: 257, speed: -0.05 },
    { id: 'asc', lon: 190 },
  ];

  it('finds each pair once, never a point with itself, tightest first', () => {
    const aspects = findAspects(chart);
    const pairs = aspects.map((x) => [x.a, x.b].sort().join('-'));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(aspects.every((x) => x.a !== x.b)).toBe(true);
    expect(aspects[0]).toMatchObject({ a: 'sun', b: 'asc', kind: 'opposition', orb: 0 });
    for (let i = 1; i < aspects.length; i++) {
      expect(aspects[i]?.orb ?? 0).toBeGreaterThanOrEqual(aspects[i - 1]?.orb ?? 0);
    }
    expect(pairs).toContain('mars-sun');
    expect(pairs).toContain('moon-sun');
    expect(pairs).not.toContain('mars-saturn');
  });

  it('finds, for every pair, what matchPair finds, under orb overrides and kind filters', () => {
    const ids = ['sun', 'moon', 'mercury', 'venus', 'mars', 'chiron', 'mean_node', 'asc'] as const;
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const optionSets: AspectOptions[] = [
      {},
      { kinds: ['trine', 'square', 'quincunx'] },
      {
        aspectOrbs: { sextile: 9, quintile: 8 },
        pointFactors: { mars: 2, asc: 0 },
        pointOrbs: { moon: { square: 1 }, chiron: { conjunction: 15 } },
      },
    ];
    for (let round = 0; round < 50; round++) {
      const points: AspectPoint[] = ids.map((id) => ({
        id,
        lon: random() * 360,
        ...(id === 'asc' ? {} : { speed: random() * 2 - 0.5 }),
      }));
      for (const options of optionSets) {
        const expected: Aspect[] = [];
        for (let i = 0; i < points.length; i++) {
          for (let j = i + 1; j < points.length; j++) {
            const aspect = matchPair(points[i]!, points[j]!, options);
            if (aspect) expected.push(aspect);
          }
        }
        expected.sort((x, y) => x.orb - y.orb);
        expect(findAspects(points, options)).toEqual(expected);
      }
    }
  });

  it('refuses a point given twice', () => {
    expect(() => findAspects([...chart, { id: 'sun', lon: 50 }])).toThrow(AstroError);
  });
});

describe('findInterAspects', () => {
  it('pairs every point of one chart with every point of the other, the same body included', () => {
    const natal: AspectPoint[] = [
      { id: 'venus', lon: 1, speed: 1 },
      { id: 'mc', lon: 182 },
    ];
    const transits: AspectPoint[] = [
      { id: 'venus', lon: 120, speed: 1.2 },
      { id: 'saturn', lon: 0.5, speed: 0.1 },
    ];
    const aspects = findInterAspects(natal, transits);
    expect(aspects.map((x) => `${x.a}>${x.b}:${x.kind}`)).toEqual([
      'venus>saturn:conjunction',
      'venus>venus:trine',
      'mc>saturn:opposition',
      'mc>venus:sextile',
    ]);
    expect(aspects[1]?.motion).toBe('applying');
  });
});
