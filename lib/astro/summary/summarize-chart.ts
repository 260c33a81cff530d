import { findAspects } from '../aspects/find-aspects';
import type { Aspect, AspectOptions, AspectPoint, PointId } from '../aspects/types';
import type { HouseResult } from '../houses/types';
import { BODIES, type Body, type BodyPosition } from '../types';
import { balanceOf, type Balance } from './balance';
import { dominanceScores, type DominanceScore } from './dominants';
import { hemispheresOf, type HemisphereSummary } from './hemispheres';
import { findAspectPatterns, type AspectPattern } from './patterns';
import { isPlanet, type Planet, type RulershipScheme } from './rulerships';
import { findStelliums } from './stelliums';
import { ELEMENTS, MODALITIES, elementOf, modalityOf, type Element, type Modality } from './zodiac';

export interface ChartSummaryInput {
  bodies: Partial<Record<Body, BodyPosition>>;
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

/** The summary's aspect points: the planets given, and the Asc and MC when houses are known. */
function isSummaryPoint(
  id: PointId,
  bodies: ChartSummaryInput['bodies'],
  houses: HouseResult | undefined,
): boolean {
  if (isPlanet(id)) return bodies[id] !== undefined;
  return houses !== undefined && (id === 'asc' || id === 'mc');
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
  const planets: { id: Planet; lon: number; speed: number }[] = [];
  const weighted: { id: PointId; lon: number }[] = [];
  for (const id of BODIES) {
    const position = bodies[id];
    if (!position) continue;
    weighted.push({ id, lon: position.lon });
    if (isPlanet(id)) planets.push({ id, lon: position.lon, speed: position.speed });
  }
  const angles: AspectPoint[] = houses
    ? [
        { id: 'asc', lon: houses.asc },
        { id: 'mc', lon: houses.mc },
      ]
    : [];
  weighted.push(...angles);
  const aspects = input.aspects
    ? input.aspects.filter(
        (x) => isSummaryPoint(x.a, bodies, houses) && isSummaryPoint(x.b, bodies, houses),
      )
    : findAspects([...planets, ...angles], input.aspectOptions);
  const planetAspects = aspects.filter((x) => isPlanet(x.a) && isPlanet(x.b));
  const longitudes = Object.fromEntries(planets.map((p) => [p.id, p.lon]));
  return {
    elements: balanceOf(weighted, ELEMENTS, elementOf, input.weights),
    modalities: balanceOf(weighted, MODALITIES, modalityOf, input.weights),
    hemispheres: hemispheresOf(planets, houses?.cusps),
    dominants: dominanceScores(planets, aspects, houses, scheme),
    aspects,
    patterns: [
      ...findAspectPatterns(planetAspects, longitudes),
      ...findStelliums(planets, houses?.cusps),
    ],
  };
}
