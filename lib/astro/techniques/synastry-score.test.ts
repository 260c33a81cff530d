import { describe, expect, it } from 'vitest';
import type { AspectKind } from '../aspects';
import { compatibilityScore, SCORE_BASELINE, type ScoredAspect } from './synastry-score';

const sample: ScoredAspect[] = [
  { a: 'sun', b: 'moon', kind: 'trine', exactness: 0.85 },
  { a: 'venus', b: 'mars', kind: 'conjunction', exactness: 0.625 },
  { a: 'moon', b: 'saturn', kind: 'square', exactness: 0.9286 },
  { a: 'mercury', b: 'uranus', kind: 'opposition', exactness: 0.25 },
  { a: 'sun', b: 'pluto', kind: 'quincunx', exactness: 0.9667 },
];

describe('compatibilityScore', () => {
  it('scores no contact at all below the typical pair', () => {
    const none = compatibilityScore([]);
    expect(none).toMatchObject({ harmony: 0, tension: 0 });
    expect(none.score).toBeLessThan(30);
  });

  it('scores the typical balance of random pairs at 50', () => {
    const typical: ScoredAspect[] = [
      { a: 'sun', b: 'venus', kind: 'trine', exactness: 1 },
      { a: 'sun', b: 'moon', kind: 'conjunction', exactness: 1 },
      { a: 'moon', b: 'venus', kind: 'trine', exactness: 1 },
      { a: 'mercury', b: 'sun', kind: 'trine', exactness: 0.5 },
    ];
    expect(compatibilityScore(typical).harmony).toBeCloseTo(SCORE_BASELINE, 10);
    expect(compatibilityScore(typical).score).toBe(50);
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
      compatibilityScore([{ a: 'sun', b: 'moon', kind: 'trine', exactness: 1 - orb / 8 }]);
    const square = (orb: number) =>
      compatibilityScore([{ a: 'sun', b: 'moon', kind: 'square', exactness: 1 - orb / 8 }]);
    const none = compatibilityScore([]).score;
    expect(trine(4).score).toBeGreaterThan(none);
    expect(trine(1).score).toBeGreaterThan(trine(4).score);
    expect(square(4).score).toBeLessThan(none);
    expect(square(1).score).toBeLessThan(square(4).score);
  });

  it('stays within 0–100 however many aspects pile up', () => {
    const many = (kind: AspectKind): ScoredAspect[] =>
      Array.from({ length: 200 }, () => ({ a: 'sun', b: 'venus', kind, exactness: 1 }));
    expect(compatibilityScore(many('trine')).score).toBeLessThanOrEqual(100);
    expect(compatibilityScore(many('square')).score).toBeGreaterThanOrEqual(0);
  });

  it('ignores minor aspects and unweighted points', () => {
    const r = compatibilityScore([
      { a: 'sun', b: 'pluto', kind: 'quincunx', exactness: 1.0 },
      { a: 'vertex', b: 'sun', kind: 'trine', exactness: 1 },
    ]);
    expect(r.score).toBe(compatibilityScore([]).score);
    expect(r.contributions).toHaveLength(0);
  });
});
