import type { Body } from '../types';

/**
 * Sampling step (days) per body for crossing scans. Each step must be shorter than the gap between
 * two stations of the body (so a retrograde loop splits into monotonic stretches) and short enough
 * for the Hermite guess to land within a second or so of the root. The true node wobbles with
 * stations days apart, hence its short step; the Sun and Moon never station.
 */
export const BODY_STEP_DAYS: Record<Body, number> = {
  sun: 5,
  moon: 1,
  mercury: 3,
  venus: 5,
  mars: 5,
  jupiter: 10,
  saturn: 10,
  uranus: 10,
  neptune: 10,
  pluto: 10,
  mean_node: 10,
  true_node: 0.5,
  mean_lilith: 10,
  chiron: 10,
};
