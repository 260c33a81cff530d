/** One aspect between a point of chart A and a point of chart B, as the score needs it. */
export interface ScoredAspect {
  a: string;
  b: string;
  aspect: string;
  /** Distance from exact, degrees. */
  orb: number;
  /** The orb allowed for this aspect, degrees. */
  maxOrb: number;
}

export interface CompatibilityScore {
  /** 0–100; 50 is neutral (no weighed aspect, or harmony and tension balanced). */
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
export const ASPECT_NATURE: Readonly<Record<string, number>> = {
  conjunction: 1,
  trine: 1,
  sextile: 0.6,
  square: -0.8,
  opposition: -0.6,
};

/** How much a point matters in relationship astrology; points not listed are not weighed. */
export const POINT_WEIGHT: Readonly<Record<string, number>> = {
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

/** Raw total that maps to 88/100 (tanh(1)); about four tight trines between personal points. */
export const SCORE_SCALE = 4;

/**
 * Compatibility score of a synastry:
 * `raw = Σ nature(aspect) × weight(a) × weight(b) × (1 − orb / maxOrb)` over the inter-aspects,
 * then `score = 50 + 50 × tanh(raw / SCORE_SCALE)`, rounded to one decimal. Every factor is
 * symmetric in the two charts, so swapping A and B (which swaps `a` and `b` in each aspect) gives
 * the same score; a tighter orb never weighs less; the score stays within 0–100.
 *
 * @example
 * compatibilityScore([{ a: 'sun', b: 'moon', aspect: 'trine', orb: 1, maxOrb: 8 }]).score; // 60.8
 */
export function compatibilityScore(aspects: readonly ScoredAspect[]): CompatibilityScore {
  let harmony = 0;
  let tension = 0;
  const contributions: CompatibilityScore['contributions'] = [];
  for (const x of aspects) {
    const nature = ASPECT_NATURE[x.aspect] ?? 0;
    const weight = (POINT_WEIGHT[x.a] ?? 0) * (POINT_WEIGHT[x.b] ?? 0);
    const tightness = x.maxOrb > 0 ? Math.max(0, 1 - Math.abs(x.orb) / x.maxOrb) : 0;
    const value = nature * weight * tightness;
    if (value === 0) continue;
    if (value > 0) harmony += value;
    else tension -= value;
    contributions.push({ ...x, value });
  }
  const raw = harmony - tension;
  const score = Math.round((50 + 50 * Math.tanh(raw / SCORE_SCALE)) * 10) / 10;
  return { score, harmony, tension, contributions };
}
