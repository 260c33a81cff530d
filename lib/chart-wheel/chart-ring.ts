import type { Body } from '@/lib/astro/types';
import type { ColumnRing } from './column';
import { screenAngle } from './geometry';
import { AXES, type WheelLabels } from './labels';
import { layoutRing, lineObstacle, type PlacedColumn, type RingPoint } from './ring-layout';
import type { ColumnStyle } from './column-styles';
import { axisPoint, bodyPoint, scaleSizes } from './ring-points';
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
 * The labelled points of a chart's ring: its bodies and, when the time is known, the four axes
 * with their lines as obstacles, so that no label is struck through by an axis.
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
      const angle = screenAngle(lon, leftLon);
      points.push(
        axisPoint(axis, mark, lon, angle, sizes, style),
        lineObstacle(`${axis}-line`, angle),
      );
    }
  }
  return points;
}

/** Each retry shrinks the labels by this factor; four retries go down to two thirds. */
const SHRINK = 0.9;
const MAX_SHRINKS = 4;

/**
 * Lays out a ring, shrinking its labels when an arc between two axes cannot hold them at full
 * size (a crowded quadrant, or the narrow quadrants of a high-latitude chart). Past the smallest
 * size the crowded labels are squeezed.
 *
 * @example
 * layoutFitting((s) => chartRingPoints(chart, bodies, labels, asc, s, ring, FULL_COLUMNS), sizes, ring);
 */
export function layoutFitting(
  pointsFor: (sizes: LabelSizes) => RingPoint[],
  sizes: LabelSizes,
  ring: ColumnRing,
): PlacedColumn[] {
  let current = sizes;
  let layout = layoutRing(pointsFor(current), ring);
  for (let shrink = 0; shrink < MAX_SHRINKS && layout.overfull; shrink++) {
    current = scaleSizes(current, SHRINK);
    layout = layoutRing(pointsFor(current), ring);
  }
  return layout.columns;
}
