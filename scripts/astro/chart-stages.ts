import { performance } from 'node:perf_hooks';
import { findAspects } from '@/lib/astro/aspects';
import { chartPoints } from '@/lib/astro/chart/chart-points';
import { chartAngles, placeBodies } from '@/lib/astro/chart/placements';
import { computeBodies } from '@/lib/astro/ephemeris';
import { frameAt } from '@/lib/astro/frame';
import { housesAt } from '@/lib/astro/houses';
import { summarizeChart } from '@/lib/astro/summary';

/** The parts of a tropical Placidus chart, in the order `computeChart` runs them. */
export const STAGES = ['frame', 'ephemeris', 'houses', 'aspects', 'summary'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageInput {
  jdUt: number;
  latitude: number;
  longitude: number;
}

/**
 * Wall time of each stage of each chart, µs, the best of `runs` passes. Each chart's frame is
 * computed first (a new instant), so the later stages find it cached, as they do in a chart.
 *
 * @example
 * timeStages([{ jdUt: 2451545, latitude: 48.85, longitude: 2.35 }], 3).ephemeris[0]; // e.g. 90
 */
export function timeStages(
  inputs: readonly StageInput[],
  runs: number,
): Record<Stage, Float64Array> {
  const best = {} as Record<Stage, Float64Array>;
  for (const stage of STAGES) best[stage] = new Float64Array(inputs.length).fill(Infinity);
  const keep = (stage: Stage, i: number, from: number, to: number): void => {
    const us = (to - from) * 1000;
    if (us < best[stage][i]!) best[stage][i] = us;
  };
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < inputs.length; i++) {
      const { jdUt, latitude, longitude } = inputs[i]!;
      const t0 = performance.now();
      frameAt(jdUt);
      const t1 = performance.now();
      const positions = computeBodies(jdUt);
      const t2 = performance.now();
      const houses = housesAt(jdUt, latitude, longitude);
      const t3 = performance.now();
      const bodies = placeBodies(positions, houses);
      const points = chartPoints({ bodies, angles: chartAngles(houses) });
      const t4 = performance.now();
      const aspects = findAspects(points);
      const t5 = performance.now();
      summarizeChart({ bodies, houses, aspects });
      const t6 = performance.now();
      keep('frame', i, t0, t1);
      keep('ephemeris', i, t1, t2);
      keep('houses', i, t2, t3);
      keep('aspects', i, t4, t5);
      keep('summary', i, t5, t6);
    }
  }
  return best;
}
