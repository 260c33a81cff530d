import { signedDiffDeg } from '../angles';
import { pointAllowance } from './orbs';
import {
  ASPECT_ANGLES,
  ASPECT_KINDS,
  MAJOR_ASPECTS,
  type Aspect,
  type AspectKind,
  type AspectMotion,
  type AspectOptions,
  type AspectPoint,
} from './types';

/** Deviations below this (degrees, ≈ 0.004″) count as exact. */
const EXACT_EPSILON = 1e-6;

const MAJOR = new Set<AspectKind>(MAJOR_ASPECTS);

/**
 * The kinds a search looks for and the orb each point allows for each kind, worked out once per
 * set of points: a chart's pairs then cost a few subtractions and comparisons each.
 */
export interface AspectSearch {
  readonly kinds: readonly AspectKind[];
  /** Exact angle of `kinds[k]`. */
  readonly angles: Float64Array;
  /** `allowances[p * kinds.length + k]`: orb point p allows for `kinds[k]`. */
  readonly allowances: Float64Array;
}

/**
 * Prepares the search of `points` under `options` (see {@link AspectSearch}).
 *
 * @example
 * const search = prepareSearch([{ id: 'sun', lon: 0 }, { id: 'mars', lon: 92 }], {});
 * search.allowances[3]; // 12: the Sun's square
 */
export function prepareSearch(
  points: readonly AspectPoint[],
  options: AspectOptions,
): AspectSearch {
  const kinds = options.kinds ?? ASPECT_KINDS;
  const angles = new Float64Array(kinds.length);
  for (let k = 0; k < kinds.length; k++) angles[k] = ASPECT_ANGLES[kinds[k]!];
  const allowances = new Float64Array(points.length * kinds.length);
  for (let p = 0; p < points.length; p++) {
    const id = points[p]!.id;
    for (let k = 0; k < kinds.length; k++) {
      allowances[p * kinds.length + k] = pointAllowance(id, kinds[k]!, options);
    }
  }
  return { kinds, angles, allowances };
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
 * The tightest aspect point `i` of search `sa` (`a`) and point `j` of search `sb` (`b`) form
 * within the larger of their two allowances, if any; on equal orbs the kind listed first wins.
 * Both searches must have been prepared for the same kinds.
 *
 * @example
 * const s = prepareSearch(points, options);
 * bestAspect(s, 0, points[0], s, 1, points[1]); // { kind: 'square', … } or undefined
 */
export function bestAspect(
  sa: AspectSearch,
  i: number,
  a: AspectPoint,
  sb: AspectSearch,
  j: number,
  b: AspectPoint,
): Aspect | undefined {
  const signedSeparation = signedDiffDeg(a.lon, b.lon);
  const separation = Math.abs(signedSeparation);
  const { angles } = sa;
  const count = angles.length;
  const rowA = i * count;
  const rowB = j * count;
  let best = -1;
  let bestOrb = 0;
  let bestAllowed = 0;
  for (let k = 0; k < count; k++) {
    const orb = Math.abs(separation - angles[k]!);
    const allowed = Math.max(sa.allowances[rowA + k]!, sb.allowances[rowB + k]!);
    if (orb > allowed || (best >= 0 && orb >= bestOrb)) continue;
    best = k;
    bestOrb = orb;
    bestAllowed = allowed;
  }
  if (best < 0) return undefined;
  const kind = sa.kinds[best]!;
  const angle = angles[best]!;
  return {
    a: a.id,
    b: b.id,
    kind,
    major: MAJOR.has(kind),
    angle,
    separation,
    orb: bestOrb,
    allowedOrb: bestAllowed,
    motion: motionOf(signedSeparation, separation - angle, (b.speed ?? 0) - (a.speed ?? 0)),
    exactness: bestAllowed > 0 ? 1 - bestOrb / bestAllowed : 1,
  };
}
