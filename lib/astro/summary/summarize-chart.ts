import { findAspects } from '../aspects/find-aspects';
import type { Aspect, AspectOptions, AspectPoint, PointId } from '../aspects/types';
import type { HouseResult } from '../houses/types';
import { BODIES, type Body, type BodyPosition } from '../types';
import { houseOf } from '../houses/house-of';
import { balanceOf, type Balance, type WeightedPoint } from './balance';
import { dominanceScores, type DominanceScore } from './dominants';
import { hemispheresOf, type HemisphereSummary } from './hemispheres';
import { findAspectPatterns, type AspectPattern } from './patterns';
import { isPlanet, type PlacedPlanet, type RulershipScheme } from './rulerships';
import { findStelliums } from './stelliums';
import { ELEMENTS, MODALITIES, elementOf, modalityOf, type Element, type Modality } from './zodiac';

/** A body's position, with its house when already known (as a chart's bodies carry it). */
export type SummaryBody = BodyPosition & {
  /** What houseOf gives for the summary's houses; saves looking it up. */
  house?: number | null;
};

export interface ChartSummaryInput {
  bodies: Partial<Record<Body, SummaryBody>>;
  /** Without houses (unknown birth time) hemispheres are unknown and angularity is not scored. */
  houses?: HouseResult;
  /** Rulers and dignities; modern by default. */
  scheme?: RulershipScheme;
  /** Overrides of DEFAULT_BALANCE_WEIGHTS. */
  weights?: Partial<Record<PointId, number>>;
  /** Orbs of the aspects used for dominance and patterns. */
  aspectOptions?: AspectOptions;
  /**
   * Aspects already found among these bodies (and the Asc and MC) with the same
   * `aspectOptions`, such as a chart's own: the summary keeps those between its points instead of
   * searching again. They must come from the same longitudes, in BODIES order then Asc, MC.
   */
  aspects?: readonly Aspect[];
}

export interface ChartSummary {
  elements: Balance<Element>;
  modalities: Balance<Modality>;
  hemispheres: HemisphereSummary;
  /** Planets by dominance score, highest first. */
  dominants: DominanceScore[];
  /** Aspects among the ten planets and the Asc/MC, tightest first. */
  aspects: Aspect[];
  patterns: AspectPattern[];
}

/** The given aspects between the summary's own points: its planets, and the Asc and MC. */
function ownAspects(
  aspects: readonly Aspect[],
  planets: readonly PlacedPlanet[],
  angles: readonly AspectPoint[],
): Aspect[] {
  const own = new Set<PointId>();
  for (const p of planets) own.add(p.id);
  for (const p of angles) own.add(p.id);
  return aspects.filter((x) => own.has(x.a) && own.has(x.b));
}

/**
 * Overview of a chart: element and modality balance, hemispheres, dominant planets and aspect
 * patterns (see docs/astro-houses-aspects.md for the weights and rules).
 *
 * @example
 * const summary = summarizeChart({ bodies: computeBodies(jd), houses: housesAt(jd, 48.85, 2.35) });
 * summary.elements.dominant; // e.g. ['fire']
 */
export function summarizeChart(input: ChartSummaryInput): ChartSummary {
  const { bodies, houses, scheme = 'modern' } = input;
  const cusps = houses?.cusps;
  const planets: (PlacedPlanet & { speed: number })[] = [];
  const weighted: WeightedPoint[] = [];
  const longitudes: Partial<Record<PointId, number>> = {};
  for (const id of BODIES) {
    const position = bodies[id];
    if (!position) continue;
    const { lon, speed } = position;
    weighted.push({ id, lon });
    if (!isPlanet(id)) continue;
    planets.push(
      cusps ? { id, lon, speed, house: position.house ?? houseOf(lon, cusps) } : { id, lon, speed },
    );
    longitudes[id] = lon;
  }
  const angles: AspectPoint[] = houses
    ? [
        { id: 'asc', lon: houses.asc },
        { id: 'mc', lon: houses.mc },
      ]
    : [];
  weighted.push(...angles);
  const aspects = input.aspects
    ? ownAspects(input.aspects, planets, angles)
    : findAspects([...planets, ...angles], input.aspectOptions);
  const planetAspects = aspects.filter((x) => isPlanet(x.a) && isPlanet(x.b));
  return {
    elements: balanceOf(weighted, ELEMENTS, elementOf, input.weights),
    modalities: balanceOf(weighted, MODALITIES, modalityOf, input.weights),
    hemispheres: hemispheresOf(planets, cusps),
    dominants: dominanceScores(planets, aspects, houses, scheme),
    aspects,
    patterns: [...findAspectPatterns(planetAspects, longitudes), ...findStelliums(planets, cusps)],
  };
}
