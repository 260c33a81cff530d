import { signedDiffDeg } from '../angles';
import { DEFAULT_POINT_FACTORS, pointAllowance } from './orbs';
import {
  ASPECT_ANGLES,
  ASPECT_KINDS,
  MAJOR_ASPECTS,
  type Aspect,
  type AspectKind,
  type AspectMotion,
  type AspectOptions,
  type AspectPoint,
  type PointId,
} from './types';

/** Deviations below this (degrees, ≈ 0.004″) count as exact. */
const EXACT_EPSILON = 1e-6;

const MAJOR = new Set<AspectKind>(MAJOR_ASPECTS);

/**
 * The kinds a search looks for and the orb each point allows for each kind, worked out once per
 * set of points: a chart's pairs then cost a few subtractions and comparisons each.
 */
export interface AspectSearch {
  readonly ids: readonly PointId[];
  /** Longitude and speed (0 when not given) of each point, read in the pair loop. */
  readonly lons: Float64Array;
  readonly speeds: Float64Array;
  readonly kinds: readonly AspectKind[];
  /** Exact angle of `kinds[k]`. */
  readonly angles: Float64Array;
  /** `rows[p][k]`: orb point p allows for `kinds[k]`. */
  readonly rows: readonly Float64Array[];
  /** `widest[p]`: the largest of point p's allowances, to pass over far-off kinds quickly. */
  readonly widest: Float64Array;
}

const DEFAULT_ANGLES = Float64Array.from(ASPECT_KINDS, (kind) => ASPECT_ANGLES[kind]);

/** Allowances of each known point under the default orbs, shared by every default search. */
const defaultRows = new Map<PointId, Float64Array>();

function isDefault(options: AspectOptions): boolean {
  return (
    options.kinds === undefined &&
    options.aspectOrbs === undefined &&
    options.pointFactors === undefined &&
    options.pointOrbs === undefined
  );
}

function allowancesOf(
  id: PointId,
  kinds: readonly AspectKind[],
  options: AspectOptions,
): Float64Array {
  return Float64Array.from(kinds, (kind) => pointAllowance(id, kind, options));
}

function defaultRow(id: PointId): Float64Array {
  let row = defaultRows.get(id);
  if (!row) {
    row = allowancesOf(id, ASPECT_KINDS, {});
    if (Object.hasOwn(DEFAULT_POINT_FACTORS, id)) defaultRows.set(id, row);
  }
  return row;
}

/**
 * Prepares the search of `points` under `options` (see {@link AspectSearch}).
 *
 * @example
 * const search = prepareSearch([{ id: 'sun', lon: 0 }, { id: 'mars', lon: 92 }], {});
 * search.rows[0]?.[3]; // 12: the Sun's square
 */
export function prepareSearch(
  points: readonly AspectPoint[],
  options: AspectOptions,
): AspectSearch {
  const standard = isDefault(options);
  const kinds = options.kinds ?? ASPECT_KINDS;
  const angles = standard
    ? DEFAULT_ANGLES
    : Float64Array.from(kinds, (kind) => ASPECT_ANGLES[kind]);
  const ids: PointId[] = [];
  const lons = new Float64Array(points.length);
  const speeds = new Float64Array(points.length);
  const rows: Float64Array[] = [];
  const widest = new Float64Array(points.length);
  for (let p = 0; p < points.length; p++) {
    const { id, lon, speed } = points[p]!;
    ids.push(id);
    lons[p] = lon;
    speeds[p] = speed ?? 0;
    const row = standard ? defaultRow(id) : allowancesOf(id, kinds, options);
    let max = -Infinity;
    for (let k = 0; k < row.length; k++) max = Math.max(max, row[k]!);
    rows.push(row);
    widest[p] = max;
  }
  return { ids, lons, speeds, kinds, angles, rows, widest };
}

/**
 * `signedDiffDeg` from a difference, without its `%` when the difference is already within a
 * turn (as it is for two longitudes in [0, 360)): the same bits, at a fraction of the cost.
 */
function shortArc(diff: number): number {
  if (!(diff > -360 && diff < 360)) return signedDiffDeg(0, diff);
  const n = diff < 0 ? diff + 360 : diff;
  const d = n >= 360 ? 0 : n;
  return d > 180 ? d - 360 : d;
}

/**
 * Applying or separating from the rate of change of the deviation |sep − angle|, where the
 * separation sep = |λb − λa| changes at sign(λb − λa)·(vb − va). Works for any mix of direct and
 * retrograde motion since only the relative speed matters.
 */
function motionOf(
  signedSeparation: number,
  deviation: number,
  relativeSpeed: number,
): AspectMotion {
  if (Math.abs(deviation) < EXACT_EPSILON) return 'exact';
  if (relativeSpeed === 0) return 'fixed';
  const separationRate = Math.sign(signedSeparation) * relativeSpeed;
  return Math.sign(deviation) * separationRate < 0 ? 'applying' : 'separating';
}

/**
 * The tightest aspect point `i` of search `sa` (as `a`) and point `j` of search `sb` (as `b`)
 * form within the larger of their two allowances, if any; on equal orbs the kind listed first
 * wins. Both searches must have been prepared for the same kinds.
 *
 * @example
 * const s = prepareSearch(points, options);
 * bestAspect(s, 0, s, 1); // { a: points[0].id, kind: 'square', … } or undefined
 */
export function bestAspect(
  sa: AspectSearch,
  i: number,
  sb: AspectSearch,
  j: number,
): Aspect | undefined {
  const signedSeparation = shortArc(sb.lons[j]! - sa.lons[i]!);
  const separation = Math.abs(signedSeparation);
  const { angles } = sa;
  const rowA = sa.rows[i]!;
  const rowB = sb.rows[j]!;
  // No kind can be within an orb wider than the widest either point allows (NaN lets all by).
  const widest = Math.max(sa.widest[i]!, sb.widest[j]!);
  let best = -1;
  let bestOrb = 0;
  let bestAllowed = 0;
  for (let k = 0; k < angles.length; k++) {
    const orb = Math.abs(separation - angles[k]!);
    if (orb > widest) continue;
    const allowed = Math.max(rowA[k]!, rowB[k]!);
    if (orb > allowed || (best >= 0 && orb >= bestOrb)) continue;
    best = k;
    bestOrb = orb;
    bestAllowed = allowed;
  }
  if (best < 0) return undefined;
  const kind = sa.kinds[best]!;
  const angle = angles[best]!;
  return {
    a: sa.ids[i]!,
    b: sb.ids[j]!,
    kind,
    major: MAJOR.has(kind),
    angle,
    separation,
    orb: bestOrb,
    allowedOrb: bestAllowed,
    motion: motionOf(signedSeparation, separation - angle, sb.speeds[j]! - sa.speeds[i]!),
    exactness: bestAllowed > 0 ? 1 - bestOrb / bestAllowed : 1,
  };
}
