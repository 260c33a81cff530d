import { describe, expect, it } from 'vitest';
import { illinois, safeNewton } from './root-finding';

describe('safeNewton', () => {
  it('converges on a smooth root', () => {
    const f = (t: number) => ({ t, value: t * t - 2, slope: 2 * t });
    expect(safeNewton(f, f(0), f(2), 1, 1e-13)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('stays in the bracket when Newton would jump out (flat slope)', () => {
    // atan is flat far from 0: a pure Newton step from t = 3 overshoots to t ≈ −9.5.
    const f = (t: number) => ({ t, value: Math.atan(t), slope: 1 / (1 + t * t) });
    expect(safeNewton(f, f(-1), f(4), 3, 1e-12)).toBeCloseTo(0, 10);
  });

  it('accepts a bracket given in either order of signs', () => {
    const f = (t: number) => ({ t, value: 1 - t, slope: -1 });
    expect(safeNewton(f, f(0), f(5), 4, 1e-12)).toBeCloseTo(1, 12);
  });
});

describe('illinois', () => {
  it('finds the root of a function known by value only', () => {
    expect(illinois(Math.cos, 0, 3, 1, Math.cos(3), 1e-12)).toBeCloseTo(Math.PI / 2, 10);
  });

  it('returns an endpoint that is already a root', () => {
    expect(illinois((t) => t, 0, 1, 0, 1, 1e-9)).toBe(0);
  });

  it('does not stall on a strongly convex function', () => {
    let calls = 0;
    const f = (t: number) => {
      calls++;
      return Math.exp(t) - 1e6;
    };
    const root = illinois(f, 0, 20, f(0), f(20), 1e-10);
    expect(root).toBeCloseTo(Math.log(1e6), 8);
    expect(calls).toBeLessThan(60);
  });
});
