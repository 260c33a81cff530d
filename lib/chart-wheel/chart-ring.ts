import type { Body } from '@/lib/astro/types';
import type { ColumnRing } from './column';
import { screenAngle } from './geometry';
import { AXES, type WheelLabels } from './labels';
import type { RingPoint } from './ring-layout';
import type { ColumnStyle } from './column-styles';
import { axisPoint, bodyPoint } from './ring-points';
import { hasHouses, type WheelChart } from './wheel-bodies';
import type { LabelSizes } from './wheel-radii';

/** Labels start this far inside the zodiac, leaving room for markers and leader lines. */
export const RING_LEAD = 10;
export const RING_GAP = 1.8;

/** The ring of a chart's own bodies, inside the zodiac, and the depth its columns may take. */
export function innerRing(anchor: number, houseOuter: number): { ring: ColumnRing; depth: number } {
  return {
    ring: { anchor, direction: -1, lead: RING_LEAD, gap: RING_GAP },
    depth: anchor - houseOuter - 2,
  };
}

/**
 * The labelled points of a chart's ring: its bodies and, when the time is known, the four axes.
 *
 * @example
 * chartRingPoints(chart, DEFAULT_WHEEL_BODIES, labels, chart.houses.asc, sizes, ring, FULL_COLUMNS);
 */
export function chartRingPoints(
  chart: WheelChart,
  bodies: readonly Body[],
  labels: WheelLabels,
  leftLon: number,
  sizes: LabelSizes,
  ring: ColumnRing,
  style: ColumnStyle,
): RingPoint[] {
  const points = bodies.map((body) => {
    const b = chart.bodies[body];
    return bodyPoint(b, screenAngle(b.lon, leftLon), sizes, style);
  });
  if (hasHouses(chart)) {
    for (const axis of AXES) {
      const lon = chart.angles[axis].lon;
      const mark = labels.axisMarks[axis];
      points.push(axisPoint(axis, mark, lon, screenAngle(lon, leftLon), sizes, ring, style));
    }
  }
  return points;
}
