import { evaluateChebyshevTable, type ChebyshevTable } from './chiron-table';
import data from './data/chiron.json';

const TABLE: ChebyshevTable = data;

/**
 * Heliocentric J2000-ecliptic position and velocity of 2060 Chiron (au, au/day) into `out`, from
 * the Chebyshev table of its numerically integrated orbit (scripts/astro-generate-chiron.ts;
 * covers the supported range 1800–2400 in TT).
 *
 * @example
 * const xv = new Float64Array(6);
 * chironHeliocentric(2451545, xv); // |xv[0..2]| ≈ 9.8 au (Chiron near perihelion in 1996)
 */
export function chironHeliocentric(jdTt: number, out: Float64Array): void {
  evaluateChebyshevTable(TABLE, jdTt, out);
}
