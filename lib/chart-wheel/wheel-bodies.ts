import type { AspectPoint, PointId } from '@/lib/astro/aspects';
import type { Chart } from '@/lib/astro/chart/types';
import { PLANETS } from '@/lib/astro/summary';
import type { Body } from '@/lib/astro/types';

/**
 * Bodies drawn by default, as astro.com and Astro-Seek draw them: the ten planets, the true node
 * (the mean node would sit beside it), Lilith and Chiron.
 */
export const DEFAULT_WHEEL_BODIES: readonly Body[] = [
  ...PLANETS,
  'true_node',
  'mean_lilith',
  'chiron',
];

/** The parts of a computed chart the wheel and its description read. */
export type WheelChart = Pick<Chart, 'bodies' | 'houses' | 'angles' | 'aspects' | 'timeUnknown'>;

/**
 * Whether the chart has houses and angles to draw.
 *
 * @example
 * hasHouses(computeChart({ …, timeUnknown: true })); // false
 */
export function hasHouses(chart: WheelChart): chart is WheelChart & {
  houses: NonNullable<Chart['houses']>;
  angles: NonNullable<Chart['angles']>;
} {
  return !chart.timeUnknown && chart.houses !== null && chart.angles !== null;
}

/**
 * Longitudes of the points drawn on the wheel: the chosen bodies, and the Ascendant and MC when
 * the time is known (the ends of aspect lines).
 *
 * @example
 * drawnLongitudes(chart, DEFAULT_WHEEL_BODIES).asc; // chart.houses.asc, or undefined
 */
export function drawnLongitudes(
  chart: WheelChart,
  bodies: readonly Body[],
): Partial<Record<PointId, number>> {
  const out: Partial<Record<PointId, number>> = {};
  for (const body of bodies) out[body] = chart.bodies[body].lon;
  if (hasHouses(chart)) {
    out.asc = chart.houses.asc;
    out.mc = chart.houses.mc;
  }
  return out;
}

/**
 * The drawn points as aspect points (for inter-aspects of a bi-wheel).
 *
 * @example
 * drawnPoints(chart, ['sun']); // [{ id: 'sun', lon: 54.4, speed: 0.96 }, { id: 'asc', … }, { id: 'mc', … }]
 */
export function drawnPoints(chart: WheelChart, bodies: readonly Body[]): AspectPoint[] {
  const points: AspectPoint[] = bodies.map((b) => ({
    id: b,
    lon: chart.bodies[b].lon,
    speed: chart.bodies[b].speed,
  }));
  if (hasHouses(chart)) {
    points.push({ id: 'asc', lon: chart.houses.asc }, { id: 'mc', lon: chart.houses.mc });
  }
  return points;
}
