import { findInterAspects, type Aspect, type AspectOptions } from '../aspects';
import { chartPoints } from '../chart/chart-points';
import type { Chart } from '../chart/types';
import { houseOf } from '../houses';
import type { Body } from '../types';
import { compatibilityScore, type CompatibilityScore } from './synastry-score';

/** The house of the other chart each body falls in; null when that chart has no houses. */
export type HouseOverlay = Record<Body, number | null>;

export interface Synastry {
  /** Aspects between the charts: `a` is a point of chart A, `b` of chart B; tightest first. */
  aspects: Aspect[];
  /** A's bodies in B's houses. */
  aInB: HouseOverlay;
  /** B's bodies in A's houses. */
  bInA: HouseOverlay;
  score: CompatibilityScore;
}

function overlay(bodiesOf: Chart, housesOf: Chart): HouseOverlay {
  const out = {} as HouseOverlay;
  for (const b of Object.values(bodiesOf.bodies)) {
    out[b.body] = housesOf.houses ? houseOf(b.lon, housesOf.houses.cusps) : null;
  }
  return out;
}

/**
 * Synastry of two charts: inter-aspects (bodies, and Asc/MC where the time is known), house
 * overlays both ways, and the compatibility score of {@link compatibilityScore}. Swapping the
 * charts swaps `a`/`b` and the overlays and leaves the score unchanged.
 *
 * @example
 * const s = synastry(computeChart(alice), computeChart(bob));
 * s.aInB.venus; // the house of Bob's chart that Alice's Venus falls in
 * s.score.score; // 0–100
 */
export function synastry(a: Chart, b: Chart, options?: AspectOptions): Synastry {
  const aspects = findInterAspects(chartPoints(a), chartPoints(b), options);
  return { aspects, aInB: overlay(a, b), bInA: overlay(b, a), score: compatibilityScore(aspects) };
}
