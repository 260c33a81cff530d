import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAspects } from '../aspects/find-aspects';
import { computeHouses } from '../houses/compute-houses';
import { cuspsFrom } from '../houses/cusps';
import type { HouseResult } from '../houses/types';
import type { Body, BodyPosition } from '../types';
import { dominanceScores } from './dominants';
import { hemispheresOf } from './hemispheres';
import { PLANETS } from './rulerships';
import { summarizeChart } from './summarize-chart';

/** Whole-sign style houses with the Ascendant at 0° Aries and the MC at 270°. */
const ariesRising: HouseResult = {
  system: 'equal',
  effectiveSystem: 'equal',
  cusps: cuspsFrom((i) => 30 * i),
  asc: 0,
  mc: 270,
  armc: 270,
  vertex: 180,
  ascFlipped: false,
};

describe('hemispheresOf', () => {
  it('splits planets by house: 1–6 north, 7–12 south, 10–3 east, 4–9 west', () => {
    const h = hemispheresOf(
      [
        { id: 'sun', lon: 15 }, // house 1
        { id: 'moon', lon: 100 }, // house 4
        { id: 'mars', lon: 200 }, // house 7
        { id: 'venus', lon: 300 }, // house 11
      ],
      ariesRising.cusps,
    );
    expect(h).toEqual({
      known: true,
      north: ['sun', 'moon'],
      south: ['mars', 'venus'],
      east: ['sun', 'venus'],
      west: ['moon', 'mars'],
    });
  });

  it('is unknown without houses', () => {
    expect(hemispheresOf([{ id: 'sun', lon: 15 }], undefined)).toEqual({
      known: false,
      reason: 'no_houses',
    });
  });
});

describe('dominanceScores', () => {
  it('adds angularity, dignity, aspects and rulership', () => {
    const scores = dominanceScores(
      [
        { id: 'mars', lon: 2 }, // on the Asc, house 1, domicile, chart ruler
        { id: 'sun', lon: 122 }, // leo: domicile, ruler of its own sign; house 5
        { id: 'saturn', lon: 105 }, // cancer: detriment (no penalty), house 4 (angular)
      ],
      [],
      ariesRising,
    );
    expect(scores.map((s) => s.planet)).toEqual(['mars', 'sun', 'saturn']);
    expect(scores[0]).toEqual({
      planet: 'mars',
      score: 4 + 2 + 3 + 3,
      angularity: 6,
      dignity: 3,
      aspects: 0,
      rulership: 3,
    });
    expect(scores[1]).toMatchObject({ angularity: 1, dignity: 3, rulership: 2, score: 6 });
    expect(scores[2]).toMatchObject({ angularity: 2, dignity: 0, rulership: 0, score: 2 });
  });

  it('scores no angularity or chart ruler without houses', () => {
    const [mars] = dominanceScores([{ id: 'mars', lon: 2 }], [], undefined);
    expect(mars).toMatchObject({ angularity: 0, rulership: 0, dignity: 3 });
  });
});

describe('summarizeChart', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('../testdata/swiss-ephemeris-public.json', import.meta.url), 'utf8'),
  ) as {
    cases: {
      lat: number;
      jd_ut: number;
      bodies: Record<Body, Omit<BodyPosition, 'retrograde'>>;
      houses: { placidus: { armc: number } };
    }[];
  };
  const chart = fixture.cases[0];
  if (!chart) throw new Error('fixture is empty');
  const bodies = Object.fromEntries(
    Object.entries(chart.bodies).map(([id, p]) => [id, { ...p, retrograde: p.speed < 0 }]),
  ) as Record<Body, BodyPosition>;
  const houses = computeHouses({
    armc: chart.houses.placidus.armc,
    trueObliquity: 23.436,
    latitude: chart.lat,
  });

  it('accounts for every planet once in each hemisphere pair and shares that sum to 1', () => {
    const s = summarizeChart({ bodies, houses });
    if (!s.hemispheres.known) throw new Error('hemispheres should be known');
    expect([...s.hemispheres.north, ...s.hemispheres.south].sort()).toEqual([...PLANETS].sort());
    expect([...s.hemispheres.east, ...s.hemispheres.west].sort()).toEqual([...PLANETS].sort());
    const elementShares = Object.values(s.elements.groups).reduce((a, g) => a + g.share, 0);
    expect(elementShares).toBeCloseTo(1, 12);
    expect(s.dominants).toHaveLength(10);
    expect(s.aspects.every((x) => x.a !== 'mean_node' && x.b !== 'mean_node')).toBe(true);
    expect(s.elements.groups.water.points).toContain('asc');
  });

  it('keeps the aspects between its own points when given a wider search, and nothing else', () => {
    const points = [
      ...Object.entries(bodies).map(([id, p]) => ({ id: id as Body, lon: p.lon, speed: p.speed })),
      { id: 'asc' as const, lon: houses.asc },
      { id: 'mc' as const, lon: houses.mc },
    ];
    const options = { aspectOrbs: { quintile: 4 }, pointFactors: { moon: 1.5 } };
    const everything = findAspects(points, options);
    expect(everything.some((x) => x.a === 'chiron' || x.b === 'chiron')).toBe(true);
    expect(summarizeChart({ bodies, houses, aspectOptions: options, aspects: everything })).toEqual(
      summarizeChart({ bodies, houses, aspectOptions: options }),
    );
    const withoutHouses = summarizeChart({ bodies, aspects: everything });
    expect(
      withoutHouses.aspects.some((x) => [x.a, x.b].some((id) => id === 'asc' || id === 'mc')),
    ).toBe(false);
  });

  it('says hemispheres are unknown and leaves the angles out without houses', () => {
    const s = summarizeChart({ bodies });
    expect(s.hemispheres.known).toBe(false);
    expect(s.aspects.some((x) => x.a === 'asc' || x.b === 'asc')).toBe(false);
    expect(Object.values(s.elements.groups).some((g) => g.points.includes('asc'))).toBe(false);
  });
});
