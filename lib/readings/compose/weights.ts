/**
 * How much each thing in a chart weighs in a reading. One scale for everything, roughly 0–15: a
 * theme near 10 is a defining feature of the chart, one near 4 is worth a line if there is room.
 */
import { separationDeg } from '@/lib/astro/angles';
import type { PointId } from '@/lib/astro/aspects';
import type { AspectKindKey, CorpusPoint, PatternKey } from '@/lib/readings/corpus';
import type { ReadingChart } from './reading-chart';
import type { VoicedAspect } from './points';

/** How strongly each aspect marks a chart, before orb: the hard aspects and the conjunction most. */
const ASPECT_FORCE: Readonly<Record<AspectKindKey, number>> = {
  conjunction: 1,
  opposition: 0.9,
  square: 0.9,
  trine: 0.75,
  sextile: 0.6,
  quincunx: 0.5,
};

/**
 * How personal each point is. The luminaries and angles describe the individual; the outer
 * planets, the node and Chiron are shared by everyone born within months or years.
 */
const POINT_IMPORTANCE: Readonly<Record<CorpusPoint, number>> = {
  sun: 1.5,
  moon: 1.5,
  asc: 1.4,
  mc: 1.3,
  mercury: 1.1,
  venus: 1.1,
  mars: 1.1,
  jupiter: 1,
  saturn: 1,
  uranus: 0.8,
  neptune: 0.8,
  pluto: 0.8,
  true_node: 0.7,
  chiron: 0.6,
};

/** An exact conjunction of two planets of importance 1; an exact Sun–Moon one weighs 1.5 × this. */
const ASPECT_SCALE = 7;

/** Weight of an aspect: its force, scaled by exactness (a wide one keeps 30 %) and its points. */
export function aspectWeight(aspect: VoicedAspect): number {
  const closeness = 0.3 + 0.7 * aspect.exactness;
  const points = Math.sqrt(POINT_IMPORTANCE[aspect.a] * POINT_IMPORTANCE[aspect.b]);
  return ASPECT_SCALE * closeness * ASPECT_FORCE[aspect.kind] * points;
}

/** Baseline of a body in the planets section, before angularity and aspects. */
const PLACEMENT_BASE: Readonly<Record<CorpusPoint, number>> = {
  sun: 3,
  moon: 3,
  asc: 3,
  mc: 2,
  mercury: 2,
  venus: 2,
  mars: 2,
  jupiter: 1.5,
  saturn: 1.5,
  uranus: 0.5,
  neptune: 0.5,
  pluto: 0.5,
  true_node: 0.5,
  chiron: 0,
};

/** Within this many degrees of an angle a body is angular (the dominance score's orb). */
const ANGLE_ORB = 8;

/** Angularity on the dominance score's scale: near Asc/MC 4, Dsc/IC 2; angular house 2, succedent 1. */
export function angularity(chart: ReadingChart, lon: number, house: number | null): number {
  let score = 0;
  if (chart.angles) {
    const { asc, mc } = chart.angles;
    const near = (angle: number): boolean => separationDeg(lon, angle) <= ANGLE_ORB;
    if (near(asc.lon) || near(mc.lon)) score += 4;
    else if (near(asc.lon + 180) || near(mc.lon + 180)) score += 2;
  }
  if (house !== null) score += house % 3 === 1 ? 2 : house % 3 === 2 ? 1 : 0;
  return score;
}

/** Aspects that count towards a placement's weight: its heaviest few, not all of them. */
const PLACEMENT_ASPECTS = 3;

/**
 * Weight of a body's placement: baseline, angularity, a third of the weight of its three heaviest
 * aspects and a quarter of its dominance score, so angular and tightly aspected bodies come first.
 * Counting only the heaviest aspects keeps a slow planet with many loose contacts from leading.
 */
export function placementWeight(
  chart: ReadingChart,
  point: CorpusPoint,
  aspects: readonly VoicedAspect[],
  dominance: ReadonlyMap<PointId, number>,
): number {
  const base = PLACEMENT_BASE[point];
  const aspectScore = aspects
    .filter((x) => x.a === point || x.b === point)
    .map(aspectWeight)
    .sort((x, y) => y - x)
    .slice(0, PLACEMENT_ASPECTS)
    .reduce((sum, w) => sum + w / 3, 0);
  const dominant = (dominance.get(point) ?? 0) / 4;
  if (point === 'asc' || point === 'mc') return base + aspectScore;
  const body = chart.bodies[point];
  return base + angularity(chart, body.lon, body.house) + aspectScore + dominant;
}

/**
 * Weight of each aspect pattern: the closed figures mark a chart most, and the rarer ones more
 * (a T-square or a three-planet stellium turns up in about half of all charts, a grand cross in
 * one in twenty).
 */
export const PATTERN_WEIGHT: Readonly<Record<PatternKey, number>> = {
  grand_cross: 10,
  kite: 9,
  yod: 8,
  grand_trine: 7,
  t_square: 7,
  stellium: 4,
};

/** Extra weight of a grand trine in one element, and of each stellium member beyond the third. */
export const ELEMENT_TRINE_BONUS = 1;
export const STELLIUM_MEMBER_BONUS = 2;
/** Extra weight of a pattern that holds the Sun or the Moon. */
export const LUMINARY_PATTERN_BONUS = 1;

/**
 * Multiplier of a theme that involves the chart's most dominant planet, and of one that involves
 * the second: the planets that rule the chart colour every theme they take part in.
 */
export const DOMINANT_BOOST = [1.2, 1.1] as const;

/** Rounds a weight for storage: two decimals are plenty to order by. */
export function roundWeight(weight: number): number {
  return Math.round(weight * 100) / 100;
}
