import { describe, expect, it } from 'vitest';
import { rotate } from './rotation';

const POOL = Array.from({ length: 24 }, (_, i) => `c${i}`);

describe('rotate', () => {
  it('visits every item once before repeating, for any seed', () => {
    for (const seed of ['a', 'b', '0123456789abcdef', '']) {
      expect(new Set(rotate(POOL, POOL.length, seed)).size).toBe(POOL.length);
    }
  });

  it('gives the same items for the same seed and different ones across seeds', () => {
    expect(rotate(POOL, 4, 'chart-1')).toEqual(rotate(POOL, 4, 'chart-1'));
    const starts = new Set(
      Array.from({ length: 50 }, (_, i) => rotate(POOL, 4, `chart-${i}`).join()),
    );
    expect(starts.size).toBeGreaterThan(40);
  });

  it('never asks for more than the pool holds', () => {
    expect(rotate(['x', 'y'], 5, 'seed').sort()).toEqual(['x', 'y']);
    expect(rotate([], 3, 'seed')).toEqual([]);
    expect(rotate(POOL, 0, 'seed')).toEqual([]);
  });
});
