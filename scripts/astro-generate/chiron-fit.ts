/**
 * Least-squares fit of Chiron's initial state (heliocentric J2000-ecliptic position and velocity
 * at EPOCH) to observed heliocentric positions, by Gauss–Newton on the integrated orbit
 * (chiron-least-squares.ts). Fits on every `stride`-th observation and reports the error on the
 * others, and on an optional validation file.
 *
 * Observations files: JSON arrays of [jdTt, x, y, z, ...] (au, heliocentric, J2000 ecliptic) at
 * TT instants that are EPOCH + an even number of days, inside 1800–2400.
 * Run: npx tsx scripts/astro-generate/chiron-fit.ts OBSERVATIONS.json [stride] [VALIDATION.json]
 * Starts from the stored state, or from the published elements with FROM_ELEMENTS=1 in the
 * environment. Prints the fitted state last, to be stored as chiron-initial-state.json.
 */
import { readFileSync } from 'node:fs';
import { EPOCH, GRID_FIRST, GRID_LAST, loadInitialState } from './chiron-initial-state';
import { stateFromElements } from './chiron-elements';
import { angularErrors, fitState, type Observation } from './chiron-least-squares';
import { PerturberGrid } from './chiron-orbit';

const [file, strideArg, validationFile] = process.argv.slice(2);
if (!file) throw new Error('usage: chiron-fit.ts OBSERVATIONS.json [stride] [VALIDATION.json]');
const stride = Number(strideArg ?? 5);

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

/** Worst and 99th-percentile heliocentric angular error, arcseconds. */
function summary(state: Float64Array, set: Observation[]): string {
  const errs = angularErrors(grid, state, set).sort((a, b) => a - b);
  return `max ${errs.at(-1)!.toFixed(3)}″ p99 ${errs[Math.floor(errs.length * 0.99)]!.toFixed(3)}″`;
}

const start = process.env.FROM_ELEMENTS ? stateFromElements(EPOCH) : loadInitialState();
console.log(`start: fit ${summary(start, fitSet)}`);
const state = fitState(grid, fitSet, start, (iter, s) =>
  console.log(`iteration ${iter}: fit ${summary(s, fitSet)}`),
);
if (heldOut.length > 0) console.log(`held out (${heldOut.length}): ${summary(state, heldOut)}`);
if (validationFile) {
  const validation = load(validationFile);
  console.log(`validation (${validation.length}): ${summary(state, validation)}`);
}
console.log(JSON.stringify({ epochJdTt: EPOCH, state: Array.from(state) }));
