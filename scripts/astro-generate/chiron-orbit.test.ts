import { describe, expect, it } from 'vitest';
import { chironHeliocentric } from '../../lib/astro/ephemeris/chiron';
import { chebyshevProjector } from './chebyshev-fit';
import { stateFromElements } from './chiron-elements';
import { EPOCH, loadInitialState } from './chiron-initial-state';
import { integrate, PerturberGrid } from './chiron-orbit';

describe('Chiron orbit integration', () => {
  it('reproduces the shipped table from the committed initial state (both directions)', () => {
    const state = loadInitialState();
    const table = new Float64Array(6);
    for (const [first, last, to] of [
      [0, 3650, 3650],
      [-3650, 0, -3650],
    ] as const) {
      const grid = new PerturberGrid(EPOCH, 1, first, last);
      let checked = 0;
      integrate(grid, state, 0, to, (k, s) => {
        if (k % 100 !== 0) return;
        chironHeliocentric(EPOCH + k, table);
        for (let i = 0; i < 3; i++) expect(Math.abs(s[i]! - table[i]!)).toBeLessThan(1e-9);
        checked++;
      });
      expect(checked).toBe(37);
    }
  });

  it('is a perturbed orbit: without the planets it would drift by > 0.01 au in 10 years', () => {
    const state = loadInitialState();
    const grid = new PerturberGrid(EPOCH, 1, 0, 3650);
    // Zero the giant planets' pull by moving them far away: positions × 1e6.
    const far = new PerturberGrid(EPOCH, 1, 0, 3650);
    for (let i = 0; i < far.data.length; i += 15) {
      for (let j = 0; j < 12; j++) far.data[i + j] = far.data[i + j]! * 1e6;
      for (let j = 12; j < 15; j++) far.data[i + j] = 0;
    }
    const end = (g: PerturberGrid) => {
      let last = new Float64Array(6);
      integrate(g, state, 0, 3650, (_, s) => (last = Float64Array.from(s)));
      return last;
    };
    const a = end(grid);
    const b = end(far);
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)).toBeGreaterThan(0.01);
  });
});

describe('stateFromElements', () => {
  it('starts within 0.1 au and 1% in speed of the fitted state (the fit only refines it)', () => {
    const a = stateFromElements(EPOCH);
    const b = loadInitialState();
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)).toBeLessThan(0.1);
    const speed = Math.hypot(b[3]!, b[4]!, b[5]!);
    expect(Math.hypot(a[3]! - b[3]!, a[4]! - b[4]!, a[5]! - b[5]!) / speed).toBeLessThan(0.01);
  });
});

describe('chebyshevProjector', () => {
  it('recovers the Chebyshev coefficients of a polynomial sampled on equal steps', () => {
    const project = chebyshevProjector(33, 4);
    const values = Array.from({ length: 33 }, (_, j) => {
      const x = -1 + (2 * j) / 32;
      // 2·T0 − T1 + 0.5·T3 + 0.25·T4
      return 2 - x + 0.5 * (4 * x ** 3 - 3 * x) + 0.25 * (8 * x ** 4 - 8 * x * x + 1);
    });
    const a = project(values);
    [2, -1, 0, 0.5, 0.25].forEach((expected, k) => expect(a[k]).toBeCloseTo(expected, 12));
  });
});
