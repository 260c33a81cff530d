import { describe, expect, it } from 'vitest';
import { evaluateChebyshevTable, type ChebyshevTable } from './chiron-table';

// Two 10-day intervals; coordinate c of interval i is Σ a_k T_k(x) with simple known a_k.
// x: T_0 + 2T_1 + 3T_2 = 1 + 2x + 3(2x² − 1); y: T_3 = 4x³ − 3x; z: 5 (constant).
const interval = [1, 2, 3, 0, 0, 0, 0, 1, 5, 0, 0, 0];
const table: ChebyshevTable = {
  start: 100,
  intervalDays: 10,
  degree: 3,
  unitAu: 0.5,
  coefficients: [...interval, ...interval],
};

describe('evaluateChebyshevTable', () => {
  it('sums the series and its time derivative in each interval', () => {
    const out = new Float64Array(6);
    for (const jd of [100, 103, 107.5, 110.2, 116, 120]) {
      const u = (jd - 100) / 10;
      const x = 2 * (u - Math.min(Math.floor(u), 1)) - 1;
      evaluateChebyshevTable(table, jd, out);
      expect(out[0]).toBeCloseTo(0.5 * (1 + 2 * x + 3 * (2 * x * x - 1)), 12);
      expect(out[1]).toBeCloseTo(0.5 * (4 * x ** 3 - 3 * x), 12);
      expect(out[2]).toBeCloseTo(2.5, 12);
      // d/dt = dx/dt · d/dx with dx/dt = 2 / 10 days.
      expect(out[3]).toBeCloseTo(0.5 * 0.2 * (2 + 12 * x), 12);
      expect(out[4]).toBeCloseTo(0.5 * 0.2 * (12 * x * x - 3), 12);
      expect(out[5]).toBeCloseTo(0, 12);
    }
  });

  it('rejects instants outside the table with a typed error', () => {
    const out = new Float64Array(6);
    for (const jd of [99.9, 120.1, Number.NaN]) {
      expect(() => evaluateChebyshevTable(table, jd, out)).toThrow(
        expect.objectContaining({ code: 'out_of_range' }),
      );
    }
  });
});
