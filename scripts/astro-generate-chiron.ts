/**
 * Generates lib/astro/ephemeris/data/chiron.json: Chiron's heliocentric J2000-ecliptic orbit
 * over 1800–2400 as a Chebyshev table, by integrating the fitted initial state
 * (scripts/astro-generate/chiron-initial-state.json, from chiron-fit.ts) under the Sun and the
 * four giant planets. Deterministic: the same state gives the same table.
 * Run: npx tsx scripts/astro-generate-chiron.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateChebyshevTable, type ChebyshevTable } from '../lib/astro/ephemeris/chiron-table';
import { MAX_JD, MIN_JD } from '../lib/astro/frame/supported-range';
import { chebyshevProjector } from './astro-generate/chebyshev-fit';
import {
  EPOCH,
  GRID_FIRST,
  GRID_LAST,
  loadInitialState,
} from './astro-generate/chiron-initial-state';
import { integrate, PerturberGrid } from './astro-generate/chiron-orbit';

const OUT = fileURLToPath(new URL('../lib/astro/ephemeris/data/chiron.json', import.meta.url));
const INTERVAL_DAYS = 1024;
const DEGREE = 12;
const UNIT_AU = 1e-11;
/** Margin past the supported UT range for ΔT (< 0.01 d) and the light-time (< 0.2 d). */
const MARGIN_DAYS = 1;

const start = EPOCH + GRID_FIRST;
const count = Math.ceil((MAX_JD + MARGIN_DAYS - start) / INTERVAL_DAYS);
if (start > MIN_JD - MARGIN_DAYS || start + count * INTERVAL_DAYS > EPOCH + GRID_LAST) {
  throw new Error('the integration grid does not cover the table');
}

const grid = new PerturberGrid(EPOCH, 1, GRID_FIRST, GRID_LAST);
const state0 = loadInitialState();
/** Position and velocity at every even node, indexed by (node − GRID_FIRST) / 2. */
const states = new Float64Array(((GRID_LAST - GRID_FIRST) / 2 + 1) * 6);
for (const to of [GRID_FIRST, GRID_LAST]) {
  integrate(grid, state0, 0, to, (k, s) => states.set(s, ((k - GRID_FIRST) / 2) * 6));
}

const samples = INTERVAL_DAYS / 2 + 1;
const project = chebyshevProjector(samples, DEGREE);
const coefficients: number[] = [];
for (let i = 0; i < count; i++) {
  for (let c = 0; c < 3; c++) {
    const values = Array.from(
      { length: samples },
      (_, j) => states[((i * INTERVAL_DAYS) / 2 + j) * 6 + c]!,
    );
    for (const a of project(values)) coefficients.push(Math.round(a / UNIT_AU));
  }
}
const table: ChebyshevTable = {
  start,
  intervalDays: INTERVAL_DAYS,
  degree: DEGREE,
  unitAu: UNIT_AU,
  coefficients,
};
writeFileSync(
  OUT,
  `${JSON.stringify({
    source:
      'scripts/astro-generate-chiron.ts: RK4-integrated orbit (Sun + inner planets, Jupiter–Neptune from Moshier) from the state fitted by scripts/astro-generate/chiron-fit.ts',
    epochJdTt: EPOCH,
    initialState: Array.from(state0),
    ...table,
  })}\n`,
);

// Table against the integration at every even node it covers: position and velocity.
const out = new Float64Array(6);
let worstPos = 0;
let worstVel = 0;
for (let k = GRID_FIRST; k <= GRID_FIRST + count * INTERVAL_DAYS; k += 2) {
  evaluateChebyshevTable(table, EPOCH + k, out);
  const base = ((k - GRID_FIRST) / 2) * 6;
  for (let c = 0; c < 3; c++) {
    worstPos = Math.max(worstPos, Math.abs(out[c]! - states[base + c]!));
    worstVel = Math.max(worstVel, Math.abs(out[3 + c]! - states[base + 3 + c]!));
  }
}
console.log(
  `${count} intervals of ${INTERVAL_DAYS} d, degree ${DEGREE}: table vs integration ≤ ${worstPos.toExponential(1)} au, ${worstVel.toExponential(1)} au/day`,
);
