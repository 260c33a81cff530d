import { normalizeDeg } from '../angles';
import { ASPECT_ANGLES, MAJOR_ASPECTS, type AspectKind } from '../aspects';
import { BODIES, type Ayanamsa, type Body } from '../types';
import { BODY_STEP_DAYS } from './body-steps';
import { ephemerisMotion } from './ephemeris-motion';
import { crossingsOf, sampleMotion, type MotionAt, type MotionSample } from './longitude-crossings';

/** An aspect a transiting body can make to a natal point, with its orb for enter/leave. */
export interface TransitAspect {
  kind: AspectKind;
  orb: number;
}

/** The five major aspects with the tight 1° orb usual for transits. */
export const DEFAULT_TRANSIT_ASPECTS: readonly TransitAspect[] = MAJOR_ASPECTS.map((kind) => ({
  kind,
  orb: 1,
}));

/** A fixed natal longitude that transits are measured to (a body, an angle, a cusp …). */
export interface NatalPoint {
  id: string;
  lon: number;
}

export interface TransitHit {
  transiting: Body;
  natal: string;
  aspect: AspectKind;
  /** Signed aspect angle: the transiting body sits at natal + angle, so ±90 are the two squares. */
  angle: number;
  /** Julian day (UT) of the exact aspect, to `toleranceDays`. */
  exact: number;
  /** When the transit came within orb; null when it already was at `from`. */
  enter: number | null;
  /** When it leaves the orb; null when it still is at `to`. */
  leave: number | null;
  /** The transiting body was retrograde at the exact hit. */
  retrograde: boolean;
}

export interface TransitSearch {
  natal: readonly NatalPoint[];
  /** Range in UT Julian days. */
  from: number;
  to: number;
  transiting?: readonly Body[];
  aspects?: readonly TransitAspect[];
  /** Precision of the exact times, in days (default ≈ 0.1 s). */
  toleranceDays?: number;
  /** Position of a transiting body over time: the ephemeris in production, a formula in tests. */
  motionFor: (body: Body) => MotionAt;
}

/** Targets of one aspect: conjunction and opposition have one, the others a waxing and a waning side. */
function aspectAngles(angle: number): number[] {
  return angle === 0 || angle === 180 ? [angle] : [angle, -angle];
}

function nearest(times: readonly number[], t: number, side: 'before' | 'after'): number | null {
  let best: number | null = null;
  for (const x of times) {
    if (side === 'before' && x < t && (best === null || x > best)) best = x;
    if (side === 'after' && x > t && (best === null || x < best)) best = x;
  }
  return best;
}

function hitsForTarget(
  body: Body,
  samples: readonly MotionSample[],
  motionAt: MotionAt,
  point: NatalPoint,
  aspect: TransitAspect,
  angle: number,
  tolerance: number,
): TransitHit[] {
  const target = normalizeDeg(point.lon + angle);
  const exact = crossingsOf(samples, target, motionAt, tolerance);
  if (exact.length === 0) return [];
  // Orb edges come from the interpolating cubic alone: seconds of error cost no ephemeris call.
  const edges = [
    ...crossingsOf(samples, normalizeDeg(target - aspect.orb), null, tolerance),
    ...crossingsOf(samples, normalizeDeg(target + aspect.orb), null, tolerance),
  ].map((c) => c.jd);
  return exact.map((c) => ({
    transiting: body,
    natal: point.id,
    aspect: aspect.kind,
    angle,
    exact: c.jd,
    enter: nearest(edges, c.jd, 'before'),
    leave: nearest(edges, c.jd, 'after'),
    retrograde: c.direction < 0,
  }));
}

/**
 * Exact aspects of transiting bodies to natal points over a date range, sorted by time. Each body
 * is sampled once at a step suited to its speed (stations included), every aspect target is
 * bracketed from those samples, and each hit is polished by Newton on the ephemeris: about one
 * ephemeris call per sample plus one or two per hit. A retrograde loop over a point yields its
 * three hits; the 0°/360° seam is handled by working on signed arcs.
 *
 * @example
 * findTransitsWith({
 *   natal: [{ id: 'sun', lon: 54.8 }],
 *   from: 2460676.5, to: 2461041.5,
 *   transiting: ['saturn'],
 *   motionFor: (body) => ephemerisMotion(body),
 * }); // [{ transiting: 'saturn', natal: 'sun', aspect: 'square', exact: 2460…, … }, …]
 */
export function findTransitsWith(search: TransitSearch): TransitHit[] {
  const tolerance = search.toleranceDays ?? 1e-6;
  const aspects = search.aspects ?? DEFAULT_TRANSIT_ASPECTS;
  const hits: TransitHit[] = [];
  for (const body of search.transiting ?? BODIES) {
    const motionAt = search.motionFor(body);
    const samples = sampleMotion(motionAt, search.from, search.to, BODY_STEP_DAYS[body]);
    for (const point of search.natal) {
      for (const aspect of aspects) {
        for (const angle of aspectAngles(ASPECT_ANGLES[aspect.kind])) {
          hits.push(...hitsForTarget(body, samples, motionAt, point, aspect, angle, tolerance));
        }
      }
    }
  }
  return hits.sort((a, b) => a.exact - b.exact);
}

/**
 * {@link findTransitsWith} on the ephemeris: tropical, or sidereal with `ayanamsa` (the natal
 * points must then be sidereal too).
 *
 * @example
 * findTransits({ natal: [{ id: 'sun', lon: 54.8 }], from: 2460676.5, to: 2461041.5 });
 */
export function findTransits(
  search: Omit<TransitSearch, 'motionFor'> & { ayanamsa?: Ayanamsa },
): TransitHit[] {
  const { ayanamsa, ...rest } = search;
  return findTransitsWith({ ...rest, motionFor: (body) => ephemerisMotion(body, ayanamsa) });
}
