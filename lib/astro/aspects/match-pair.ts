import { signedDiffDeg } from '../angles';
import { allowedOrb } from './orbs';
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
 * The tightest aspect (among `options.kinds`) two points form within the allowed orb, if any.
 *
 * @example
 * matchPair({ id: 'sun', lon: 359, speed: 1 }, { id: 'moon', lon: 1, speed: 13 });
 * // { kind: 'conjunction', orb: 2, motion: 'separating', … }
 */
export function matchPair(
  a: AspectPoint,
  b: AspectPoint,
  options: AspectOptions = {},
): Aspect | undefined {
  const signedSeparation = signedDiffDeg(a.lon, b.lon);
  const separation = Math.abs(signedSeparation);
  let best: Aspect | undefined;
  for (const kind of options.kinds ?? ASPECT_KINDS) {
    const angle = ASPECT_ANGLES[kind];
    const deviation = separation - angle;
    const orb = Math.abs(deviation);
    const allowed = allowedOrb(a.id, b.id, kind, options);
    if (orb > allowed || (best && orb >= best.orb)) continue;
    best = {
      a: a.id,
      b: b.id,
      kind,
      major: MAJOR.has(kind),
      angle,
      separation,
      orb,
      allowedOrb: allowed,
      motion: motionOf(signedSeparation, deviation, (b.speed ?? 0) - (a.speed ?? 0)),
      exactness: allowed > 0 ? 1 - orb / allowed : 1,
    };
  }
  return best;
}
