import { integrate, type PerturberGrid } from './chiron-orbit';

/** A heliocentric J2000-ecliptic position (au) observed at an even node of the grid. */
export interface Observation {
  node: number;
  xyz: readonly number[];
}

const ARCSEC_PER_RAD = 206264.806;
/** Finite-difference steps of the Jacobian: position (au), velocity (au/day). */
const DELTAS = [1e-6, 1e-6, 1e-6, 1e-9, 1e-9, 1e-9];

/** Positions at every even node of the grid reached from a state at node 0. */
function positions(grid: PerturberGrid, state: Float64Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const keep = (k: number, s: Float64Array) => out.set(k, [s[0]!, s[1]!, s[2]!]);
  integrate(grid, state, 0, grid.first, keep);
  integrate(grid, state, 0, grid.last, keep);
  return out;
}

/** Residuals divided by the distance: approximately radians seen from the Sun. */
function residuals(grid: PerturberGrid, state: Float64Array, set: Observation[]): Float64Array {
  const pos = positions(grid, state);
  const r = new Float64Array(set.length * 3);
  set.forEach((o, i) => {
    const p = pos.get(o.node);
    if (!p) throw new Error(`node ${o.node} is not an even node of the grid`);
    const scale = 1 / Math.hypot(o.xyz[0]!, o.xyz[1]!, o.xyz[2]!);
    for (let c = 0; c < 3; c++) r[i * 3 + c] = (p[c]! - o.xyz[c]!) * scale;
  });
  return r;
}

/**
 * Heliocentric angular error of the orbit from `state` at each observation, arcseconds.
 *
 * @example
 * const worst = Math.max(...angularErrors(grid, state, observations));
 */
export function angularErrors(
  grid: PerturberGrid,
  state: Float64Array,
  set: Observation[],
): number[] {
  const r = residuals(grid, state, set);
  return set.map((_, i) => Math.hypot(r[i * 3]!, r[i * 3 + 1]!, r[i * 3 + 2]!) * ARCSEC_PER_RAD);
}

/** Solves the square system a·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < n; k++) a[r]![k] = a[r]![k]! - f * a[c]![k]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/**
 * Gauss–Newton refinement of the state at node 0 ([x, y, z, vx, vy, vz]) so that the integrated
 * orbit fits the observations (finite-difference Jacobian). Stops when a step is below 1/1000
 * of the difference steps, or after `maxIterations`. `onIteration` receives the state after
 * each step.
 *
 * @example
 * const fitted = fitState(grid, observations, Float64Array.from(startState));
 */
export function fitState(
  grid: PerturberGrid,
  observations: Observation[],
  start: Float64Array,
  onIteration: (iteration: number, state: Float64Array) => void = () => undefined,
  maxIterations = 12,
): Float64Array {
  let state = Float64Array.from(start);
  for (let iter = 1; iter <= maxIterations; iter++) {
    const r0 = residuals(grid, state, observations);
    const columns = DELTAS.map((d, j) => {
      const s = Float64Array.from(state);
      s[j] = s[j]! + d;
      const r = residuals(grid, s, observations);
      return r.map((v, i) => (v - r0[i]!) / d);
    });
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
    const normal = columns.map((ci) => columns.map((cj) => dot(ci, cj)));
    const step = solve(
      normal,
      columns.map((ci) => -dot(ci, r0)),
    );
    state = state.map((v, j) => v + step[j]!);
    onIteration(iter, state);
    if (Math.max(...step.map((v, j) => Math.abs(v / DELTAS[j]!))) < 1e-3) break;
  }
  return state;
}
