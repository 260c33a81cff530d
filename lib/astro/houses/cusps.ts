import type { HouseCusps } from './types';

/**
 * Builds the twelve cusps from a function of the house index (0 = house 1).
 *
 * @example
 * cuspsFrom((i) => i * 30); // [0, 30, …, 330]
 */
export function cuspsFrom(cuspAt: (index: number) => number): HouseCusps {
  return [
    cuspAt(0),
    cuspAt(1),
    cuspAt(2),
    cuspAt(3),
    cuspAt(4),
    cuspAt(5),
    cuspAt(6),
    cuspAt(7),
    cuspAt(8),
    cuspAt(9),
    cuspAt(10),
    cuspAt(11),
  ];
}
