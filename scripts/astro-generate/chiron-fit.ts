/**
 * Least-squares fit of Chiron's initial state (heliocentric J2000-ecliptic position and velocity
 * at EPOCH) to observed heliocentric positions, by Gauss–Newton on the integrated orbit
 * (chiron-orbit.ts). Fits on every `stride`-th observation and reports the error on all others.
 *
 * Observations files: JSON arrays of [jdTt, x, y, z, ...] (au, heliocentric, J2000 ecliptic) at
 * TT instants that are EPOCH + an even number of days, inside 1800–2400.
 * Run: npx tsx scripts/astro-generate/chiron-fit.ts OBSERVATIONS.json [stride] [VALIDATION.json]
 * Prints the fitted state, to be stored in chiron-initial-state.json.
 */
import { readFileSync } from 'node:fs';
import { EPOCH, GRID_FIRST, GRID_LAST, loadInitialState } from './chiron-initial-state';
import { integrate, PerturberGrid } from './chiron-orbit';

const [file, strideArg, validationFile] = process.argv.slice(2);
if (!file) throw new Error('usage: chiron-fit.ts OBSERVATIONS.json [stride] [VALIDATION.json]');
const stride = Number(strideArg ?? 5);

interface Observation {
  node: number;
  xyz: number[];
}

function load(path: string): Observation[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as number[][]).map((row) => {
    const node = Math.round(row[0]! - EPOCH);
    if (node % 2 !== 0 || node < GRID_FIRST || node > GRID_LAST) {
      throw new Error(`observation at JD ${row[0]} is off the even-day grid or out of range`);
    }
    return { node, xyz: [row[1]!, row[2]!, row[3]!] };
  });
}

const observations = load(file);
const fitSet = observations.filter((_, i) => i % stride === 0);
const heldOut = observations.filter((_, i) => i % stride !== 0);

const grid = new PerturberGrid(EPOCH, 1, GRID_FIRST, GRID_LAST);

/** Heliocentric positions at every even node of the grid, from a state at the epoch. */
function positions(state: Float64Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const keep = (k: number, s: Float64Array) => out.set(k, [s[0]!, s[1]!, s[2]!]);
  integrate(grid, state, 0, GRID_FIRST, keep);
  integrate(grid, state, 0, GRID_LAST, keep);
  return out;
}

/** Residuals scaled by 1/r: approximately radians seen from the Sun. */
function residuals(state: Float64Array, set: Observation[]): Float64Array {
  const pos = positions(state);
  const r = new Float64Array(set.length * 3);
  set.forEach((o, i) => {
    const p = pos.get(o.node)!;
    const scale = 1 / Math.hypot(o.xyz[0]!, o.xyz[1]!, o.xyz[2]!);
    for (let c = 0; c < 3; c++) r[i * 3 + c] = (p[c]! - o.xyz[c]!) * scale;
  });
  return r;
}

/** Worst and 99th-percentile heliocentric angular error, arcseconds. */
function summary(state: Float64Array, set: Observation[]): string {
  const r = residuals(state, set);
  const errs = set.map((_, i) => Math.hypot(r[i * 3]!, r[i * 3 + 1]!, r[i * 3 + 2]!) * 206264.806);
  errs.sort((a, b) => a - b);
  return `max ${errs.at(-1)!.toFixed(3)}″ p99 ${errs[Math.floor(errs.length * 0.99)]!.toFixed(3)}″`;
}

/** Solves the 6×6 system a·x = b by Gaussian elimination with partial pivoting. */
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

const DELTAS = [1e-6, 1e-6, 1e-6, 1e-9, 1e-9, 1e-9];
let state = loadInitialState();
console.log(`start: fit ${summary(state, fitSet)}`);
for (let iter = 0; iter < 8; iter++) {
  const r0 = residuals(state, fitSet);
  const columns = DELTAS.map((d, j) => {
    const s = Float64Array.from(state);
    s[j] = s[j]! + d;
    const r = residuals(s, fitSet);
    return r.map((v, i) => (v - r0[i]!) / d);
  });
  const normal = columns.map((ci) =>
    columns.map((cj) => ci.reduce((s, v, i) => s + v * cj[i]!, 0)),
  );
  const rhs = columns.map((ci) => -ci.reduce((s, v, i) => s + v * r0[i]!, 0));
  const step = solve(normal, rhs);
  state = state.map((v, j) => v + step[j]!);
  const size = Math.max(...step.map((v, j) => Math.abs(v / DELTAS[j]!)));
  console.log(
    `iteration ${iter + 1}: fit ${summary(state, fitSet)} (step ${size.toExponential(1)} Δ)`,
  );
  if (size < 1e-3) break;
}
if (heldOut.length > 0) console.log(`held out (${heldOut.length}): ${summary(state, heldOut)}`);
if (validationFile) {
  const validation = load(validationFile);
  console.log(`validation (${validation.length}): ${summary(state, validation)}`);
}
console.log(JSON.stringify({ epochJdTt: EPOCH, state: Array.from(state) }));
