import { readFileSync } from 'node:fs';

/** Epoch of the fitted state: 2000-01-01 0h TT. Grid nodes are whole days from it. */
export const EPOCH = 2451544.5;
/**
 * Integration span in days from EPOCH (even): 1799-12-28 to 2402-10-08 TT, so that whole
 * 1024-day table intervals cover 1800–2400 with margin.
 */
export const GRID_FIRST = -73052;
export const GRID_LAST = 147108;

const FILE = new URL('./chiron-initial-state.json', import.meta.url);

/**
 * Chiron's fitted heliocentric J2000-ecliptic state at EPOCH: [x, y, z (au), vx, vy, vz
 * (au/day)], from chiron-initial-state.json (written from chiron-fit.ts's output).
 *
 * @example
 * const state = loadInitialState();
 */
export function loadInitialState(): Float64Array {
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as { epochJdTt: number; state: number[] };
  if (json.epochJdTt !== EPOCH || json.state.length !== 6) {
    throw new Error('chiron-initial-state.json does not match EPOCH');
  }
  return Float64Array.from(json.state);
}
