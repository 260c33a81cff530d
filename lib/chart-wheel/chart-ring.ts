import { normalizeDeg } from '@/lib/astro/angles';
import type { Body } from '@/lib/astro/types';
import type { ColumnRing } from './column';
import { screenAngle } from './geometry';
import { AXES, type Axis, type WheelLabels } from './labels';
import { layoutRing, lineObstacle, type PlacedColumn, type RingPoint } from './ring-layout';
import type { ColumnStyle } from './column-styles';
import { axisPoint, bodyPoint, preferredSide, scaleSizes, type Side } from './ring-points';
import { hasHouses, type WheelChart } from './wheel-bodies';
import type { LabelSizes } from './wheel-radii';

/** Labels start this far inside the zodiac, leaving room for markers and leader lines. */
export const RING_LEAD = 10;
export const RING_GAP = 1.8;

/**
 * The ring of a chart's own bodies, inside the zodiac, and the depth its columns may take.
 *
 * @example
 * innerRing(172, 74); // { ring: { anchor: 172, direction: -1, … }, depth: 96 }
 */
export function innerRing(anchor: number, houseOuter: number): { ring: ColumnRing; depth: number } {
  return {
    ring: { anchor, direction: -1, lead: RING_LEAD, gap: RING_GAP },
    depth: anchor - houseOuter - 2,
  };
}

/** A quadrant narrower than this is left to bodies: the axis label takes the other side. */
const NARROW_QUADRANT = 30;

/**
 * The side of its line an axis label goes: the preferred one, unless the quadrant there is
 * narrow and the other wider (high latitudes squeeze two quadrants to a few degrees).
 */
function axisSide(axis: Axis, angle: number, axisAngles: readonly number[]): Side {
  const preferred = preferredSide(axis, angle);
  const quadrant = (side: Side) =>
    Math.min(
      ...axisAngles
        .map((other) => normalizeDeg(side * (other - angle)))
        .filter((width) => width > 0),
    );
  const here = quadrant(preferred);
  const there = quadrant(preferred === 1 ? -1 : 1);
  return here < NARROW_QUADRANT && there > here ? (preferred === 1 ? -1 : 1) : preferred;
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
    const angles = AXES.map((axis) => screenAngle(chart.angles[axis].lon, leftLon));
    AXES.forEach((axis, k) => {
      const angle = angles[k] ?? 0;
      const side = axisSide(axis, angle, angles);
      const lon = chart.angles[axis].lon;
      points.push(
        axisPoint(axis, labels.axisMarks[axis], lon, angle, side, sizes, style),
        lineObstacle(`${axis}-line`, angle),
      );
    });
  }
  return points;
}

/** Each retry shrinks the labels by this factor; four retries go down to two thirds. */
const SHRINK = 0.9;
const MAX_SHRINKS = 4;

/**
 * Lays out a ring, shrinking its labels when an arc between two axes cannot hold them at full
 * size (a crowded quadrant, or the narrow quadrants of a high-latitude chart). If even the
 * smallest labels do not fit, the axis lines stop being barriers: a label may then sit across an
 * axis, which beats labels drawn over each other (it takes a quadrant of a few degrees, seen
 * only beyond about 70° of latitude).
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
  if (!layout.overfull) return layout.columns;
  return layoutRing(
    pointsFor(sizes).filter((p) => !p.fixed),
    ring,
  ).columns;
}
