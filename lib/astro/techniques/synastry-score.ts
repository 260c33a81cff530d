import type { Aspect, AspectKind, PointId } from '../aspects';

/** What the score reads of an inter-aspect (`a` from chart A, `b` from chart B). */
export type ScoredAspect = Pick<Aspect, 'a' | 'b' | 'kind' | 'exactness'>;

export interface CompatibilityScore {
  /** 0–100; 50 is a typical pair (the median of random pairs), higher is more harmonious. */
  score: number;
  /** Sum of the positive contributions. */
  harmony: number;
  /** Sum of the negative contributions, as a positive number. */
  tension: number;
  contributions: Array<ScoredAspect & { value: number }>;
}

/**
 * Nature of each major aspect for compatibility: flowing aspects add, hard ones subtract. The
 * conjunction counts as a blending contact; minor aspects are not weighed.
 */
export const ASPECT_NATURE: Readonly<Partial<Record<AspectKind, number>>> = {
  conjunction: 1,
  trine: 1,
  sextile: 0.6,
  square: -0.8,
  opposition: -0.6,
};

/** How much a point matters in relationship astrology; points not listed are not weighed. */
export const POINT_WEIGHT: Readonly<Partial<Record<PointId, number>>> = {
  sun: 1,
  moon: 1,
  venus: 1,
  mars: 0.8,
  asc: 0.8,
  mercury: 0.6,
  jupiter: 0.5,
  saturn: 0.5,
  mc: 0.4,
  uranus: 0.3,
  neptune: 0.3,
  pluto: 0.3,
  true_node: 0.3,
  mean_node: 0.3,
  chiron: 0.2,
  mean_lilith: 0.2,
};

/**
 * Median balance of random pairs of charts (`tsx scripts/calibrate-synastry-score.ts`): any two
 * charts share a few flowing contacts, so an uncalibrated score put nine pairs in ten in the top
 * band. The score measures a pair against this typical balance.
 */
export const SCORE_BASELINE = 3.3;

/**
 * Spread of the balance, from the same script: with it the middle half of random pairs scores
 * about 37–63 and one pair in ten lies beyond 28 or 72.
 */
export const SCORE_SCALE = 5;

/**
 * Compatibility score of a synastry:
 * `raw = Σ nature(kind) × weight(a) × weight(b) × exactness` over the inter-aspects, where
 * exactness = 1 − orb / allowed orb,
 * then `score = 50 + 50 × tanh((raw − SCORE_BASELINE) / SCORE_SCALE)`, rounded to one decimal. Every factor is
 * symmetric in the two charts, so swapping A and B (which swaps `a` and `b` in each aspect) gives
 * the same score; a tighter orb never weighs less; the score stays within 0–100.
 *
 * @example
 * compatibilityScore([]).score; // 21.1: no contact at all is well below the typical pair
 */
export function compatibilityScore(aspects: readonly ScoredAspect[]): CompatibilityScore {
  let harmony = 0;
  let tension = 0;
  const contributions: CompatibilityScore['contributions'] = [];
  for (const x of aspects) {
    const nature = ASPECT_NATURE[x.kind] ?? 0;
    const weight = (POINT_WEIGHT[x.a] ?? 0) * (POINT_WEIGHT[x.b] ?? 0);
    const value = nature * weight * Math.min(1, Math.max(0, x.exactness));
    if (value === 0) continue;
    if (value > 0) harmony += value;
    else tension -= value;
    contributions.push({ ...x, value });
  }
  const raw = harmony - tension;
  const score = Math.round((50 + 50 * Math.tanh((raw - SCORE_BASELINE) / SCORE_SCALE)) * 10) / 10;
  return { score, harmony, tension, contributions };
}
