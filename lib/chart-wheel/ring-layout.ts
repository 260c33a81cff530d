import { RAD } from '@/lib/astro/angles';
import {
  extentAlong,
  placeColumn,
  type ColumnItem,
  type ColumnRing,
  type PlacedItem,
} from './column';
import { spreadOnCircle } from './spread';

/** Something labelled on a ring: a body, or an axis mark. */
export interface RingPoint {
  id: string;
  /** True screen angle (where the body is). */
  angle: number;
  items: ColumnItem[];
  /** Resistance to being moved by the spreading. */
  weight: number;
  /** An obstacle that never moves and that labels never cross (an axis line). */
  fixed?: boolean;
}

/** A point's label column at its display angle, which may differ from its true angle. */
export interface PlacedColumn {
  id: string;
  trueAngle: number;
  angle: number;
  items: PlacedItem[];
}

/** Clear space kept between the boxes of neighbouring columns, wheel units. */
const CLEARANCE = 1.4;

/**
 * Least angular separation (degrees) for two columns near screen angle `at` so that no item of
 * one overlaps an item of the other: for every pair of items at overlapping radii, their centres
 * must be apart, along the tangent, by half their tangential extents plus the clearance.
 *
 * @example
 * columnGap(sun.items, moon.items, 90, ring); // ≈ 8.7 (degrees) at the top of a natal wheel, 6.3 at the side
 */
export function columnGap(
  a: readonly ColumnItem[],
  b: readonly ColumnItem[],
  at: number,
  ring: ColumnRing,
): number {
  const tangent = at + 90;
  if (a.length === 0 || b.length === 0) return lineGap(a.length === 0 ? b : a, at, ring);
  const placedA = placeColumn(a, at, ring);
  const placedB = placeColumn(b, at, ring);
  let gap = 0;
  for (const p of placedA) {
    for (const q of placedB) {
      const radial = (extentAlong(p, at) + extentAlong(q, at)) / 2 + CLEARANCE;
      if (Math.abs(p.r - q.r) >= radial) continue;
      const tangential = (extentAlong(p, tangent) + extentAlong(q, tangent)) / 2 + CLEARANCE;
      // Two points at radii p.r and q.r, Δ apart, are (p.r + q.r)·sin(Δ/2) apart along the
      // tangent at their middle angle.
      const ratio = Math.min(1, tangential / (p.r + q.r));
      gap = Math.max(gap, 2 * Math.asin(ratio) * RAD);
    }
  }
  return gap;
}

/** Least angle between a radial line (an axis) and a column near screen angle `at`. */
function lineGap(items: readonly ColumnItem[], at: number, ring: ColumnRing): number {
  let gap = 0;
  for (const q of placeColumn(items, at, ring)) {
    const half = extentAlong(q, at + 90) / 2 + CLEARANCE;
    gap = Math.max(gap, Math.asin(Math.min(1, half / q.r)) * RAD);
  }
  return gap;
}

/**
 * A radial line labels must keep clear of (an axis): a point with no items, which nothing moves.
 *
 * @example
 * lineObstacle('asc-line', 180);
 */
export function lineObstacle(id: string, angle: number): RingPoint {
  return { id, angle, weight: 1, items: [], fixed: true };
}

/**
 * Lays out the label columns of a ring: spreads crowded points apart (see `spreadOnCircle`),
 * keeping them off the given line obstacles, and stacks each column along the radius at its
 * display angle. Obstacles, having no items, come out as empty columns. `overfull` says some
 * labels were squeezed closer than they need (an arc between two axes too narrow for them).
 *
 * @example
 * layoutRing([{ id: 'sun', angle: 30, weight: 1, items: [columnItem('☉', 16, 'cw-glyph')] }], ring);
 */
export function layoutRing(
  points: readonly RingPoint[],
  ring: ColumnRing,
): { columns: PlacedColumn[]; overfull: boolean } {
  const spread = spreadOnCircle(points, (before, after, at) => {
    const a = points[before];
    const b = points[after];
    return a && b ? columnGap(a.items, b.items, at, ring) : 0;
  });
  const columns = points.map((p, i) => {
    const angle = spread.angles[i] ?? p.angle;
    return { id: p.id, trueAngle: p.angle, angle, items: placeColumn(p.items, angle, ring) };
  });
  return { columns, overfull: spread.overfull };
}
