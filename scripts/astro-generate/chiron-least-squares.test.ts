import { describe, expect, it } from 'vitest';
import { EPOCH, loadInitialState } from './chiron-initial-state';
import { angularErrors, fitState, type Observation } from './chiron-least-squares';
import { integrate, PerturberGrid } from './chiron-orbit';

describe('fitState', () => {
  it('recovers a known orbit from its positions, starting 0.01 au and 1e-5 au/day away', () => {
    const grid = new PerturberGrid(EPOCH, 1, -2000, 2000);
    const truth = loadInitialState();
    const observations: Observation[] = [];
    const keep = (k: number, s: Float64Array) => {
      if (k % 40 === 0) observations.push({ node: k, xyz: [s[0]!, s[1]!, s[2]!] });
    };
    integrate(grid, truth, 0, -2000, keep);
    integrate(grid, truth, 0, 2000, keep);
    const start = truth.map((v, i) => v + (i < 3 ? 0.01 : 1e-5));
    expect(Math.max(...angularErrors(grid, start, observations))).toBeGreaterThan(100);

    const fitted = fitState(grid, observations, start);
    for (let i = 0; i < 3; i++) expect(Math.abs(fitted[i]! - truth[i]!)).toBeLessThan(1e-9);
    for (let i = 3; i < 6; i++) expect(Math.abs(fitted[i]! - truth[i]!)).toBeLessThan(1e-12);
    expect(Math.max(...angularErrors(grid, fitted, observations))).toBeLessThan(1e-4);
  });
});
