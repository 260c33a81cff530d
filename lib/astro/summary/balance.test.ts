import { describe, expect, it } from 'vitest';
import { balanceOf } from './balance';
import { ELEMENTS, MODALITIES, elementOf, modalityOf } from './zodiac';

describe('balanceOf', () => {
  const points = [
    { id: 'sun', lon: 130 }, // leo: fire, fixed, weight 3
    { id: 'moon', lon: 5 }, // aries: fire, cardinal, 3
    { id: 'asc', lon: 250 }, // sagittarius: fire, mutable, 3
    { id: 'mercury', lon: 140 }, // leo, 2
    { id: 'saturn', lon: 50 }, // taurus: earth, fixed, 1
    { id: 'pluto', lon: 200 }, // libra: air, cardinal, 0.5
    { id: 'mean_node', lon: 100 }, // cancer, weight 0: ignored
  ] as const;

  it('weighs the personal points most and ignores zero-weight points', () => {
    const b = balanceOf(points, ELEMENTS, elementOf);
    expect(b.groups.fire.score).toBe(11);
    expect(b.groups.earth.score).toBe(1);
    expect(b.groups.air.score).toBe(0.5);
    expect(b.groups.water).toEqual({ score: 0, share: 0, points: [] });
    expect(b.groups.fire.share).toBeCloseTo(11 / 12.5, 12);
    expect(b.dominant).toEqual(['fire']);
    expect(b.missing).toEqual(['water']);
    const shares = ELEMENTS.reduce((sum, e) => sum + b.groups[e].share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('reports ties and honours weight overrides', () => {
    const b = balanceOf(points, MODALITIES, modalityOf, { sun: 1.5, mercury: 0, saturn: 2 });
    expect(b.groups.fixed.score).toBe(3.5);
    expect(b.groups.cardinal.score).toBe(3.5);
    expect(b.groups.mutable.score).toBe(3);
    expect(b.dominant).toEqual(['cardinal', 'fixed']);
    expect(b.groups.fixed.points).toEqual(['sun', 'saturn']);
  });
});
