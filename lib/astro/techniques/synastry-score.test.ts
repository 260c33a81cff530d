import { describe, expect, it } from 'vitest';
import { compatibilityScore, type ScoredAspect } from './synastry-score';

const sample: ScoredAspect[] = [
  { a: 'sun', b: 'moon', aspect: 'trine', orb: 1.2, maxOrb: 8 },
  { a: 'venus', b: 'mars', aspect: 'conjunction', orb: 3, maxOrb: 8 },
  { a: 'moon', b: 'saturn', aspect: 'square', orb: 0.5, maxOrb: 7 },
  { a: 'mercury', b: 'uranus', aspect: 'opposition', orb: 6, maxOrb: 8 },
  { a: 'sun', b: 'pluto', aspect: 'quincunx', orb: 0.1, maxOrb: 3 },
];

describe('compatibilityScore', () => {
  it('is neutral with no aspects', () => {
    expect(compatibilityScore([])).toMatchObject({ score: 50, harmony: 0, tension: 0 });
  });

  it('is symmetric: swapping the charts gives the same score', () => {
    const swapped = sample.map((x) => ({ ...x, a: x.b, b: x.a }));
    expect(compatibilityScore(swapped).score).toBe(compatibilityScore(sample).score);
  });

  it('does not depend on the order of the aspects', () => {
    expect(compatibilityScore([...sample].reverse()).score).toBe(compatibilityScore(sample).score);
  });

  it('rises with harmonious contacts and falls with hard ones, more for tighter orbs', () => {
    const trine = (orb: number) =>
      compatibilityScore([{ a: 'sun', b: 'moon', aspect: 'trine', orb, maxOrb: 8 }]);
    const square = (orb: number) =>
      compatibilityScore([{ a: 'sun', b: 'moon', aspect: 'square', orb, maxOrb: 8 }]);
    expect(trine(4).score).toBeGreaterThan(50);
    expect(trine(1).score).toBeGreaterThan(trine(4).score);
    expect(square(4).score).toBeLessThan(50);
    expect(square(1).score).toBeLessThan(square(4).score);
  });

  it('stays within 0–100 however many aspects pile up', () => {
    const many = (aspect: string) =>
      Array.from({ length: 200 }, () => ({ a: 'sun', b: 'venus', aspect, orb: 0, maxOrb: 8 }));
    expect(compatibilityScore(many('trine')).score).toBeLessThanOrEqual(100);
    expect(compatibilityScore(many('square')).score).toBeGreaterThanOrEqual(0);
  });

  it('ignores minor aspects and unweighted points', () => {
    const r = compatibilityScore([
      { a: 'sun', b: 'pluto', aspect: 'quincunx', orb: 0, maxOrb: 3 },
      { a: 'vertex', b: 'sun', aspect: 'trine', orb: 0, maxOrb: 3 },
    ]);
    expect(r.score).toBe(50);
    expect(r.contributions).toHaveLength(0);
  });
});
