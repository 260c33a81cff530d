import type { AspectPoint } from '../aspects';
import type { Chart } from './types';

/**
 * The points of a chart that take part in aspects: its bodies, and the Ascendant and MC when its
 * birth time is known.
 *
 * @example
 * chartPoints(chart).map((p) => p.id); // ['sun', 'moon', …, 'asc', 'mc']
 */
export function chartPoints(chart: Pick<Chart, 'bodies' | 'angles'>): AspectPoint[] {
  const points: AspectPoint[] = Object.values(chart.bodies).map((b) => ({
    id: b.body,
    lon: b.lon,
    speed: b.speed,
  }));
  if (chart.angles) {
    points.push({ id: 'asc', lon: chart.angles.asc.lon }, { id: 'mc', lon: chart.angles.mc.lon });
  }
  return points;
}
