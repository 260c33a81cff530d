import { separationDeg } from '../angles';
import type { Aspect, PointId } from '../aspects/types';
import { houseOf } from '../houses/house-of';
import type { HouseResult } from '../houses/types';
import { dignityOf } from './dignities';
import { rulerOf, type PlacedPlanet, type Planet, type RulershipScheme } from './rulerships';
import { signAt } from './zodiac';

/**
 * Points of the dominance score. Each planet collects:
 * - angularity: within 8° of the Asc or MC +4, of the Dsc or IC +2; in an angular house (1, 4, 7,
 *   10) +2, a succedent one (2, 5, 8, 11) +1 (needs houses);
 * - dignity: domicile +3, exaltation +2 (debilities take nothing away: a planet in detriment can
 *   still dominate a chart);
 * - aspects: +1 per major aspect and +0.5 per minor one to another planet or angle;
 * - rulership: ruler of the Ascendant's sign (chart ruler) +3, of the Sun's sign +2, of the
 *   Moon's sign +2.
 */
export const DOMINANCE_POINTS = {
  closeToAscOrMc: 4,
  closeToDscOrIc: 2,
  angleOrb: 8,
  angularHouse: 2,
  succedentHouse: 1,
  domicile: 3,
  exaltation: 2,
  majorAspect: 1,
  minorAspect: 0.5,
  chartRuler: 3,
  sunRuler: 2,
  moonRuler: 2,
} as const;

export interface DominanceScore {
  planet: Planet;
  score: number;
  angularity: number;
  dignity: number;
  aspects: number;
  rulership: number;
}

function near(lon: number, angle: number): boolean {
  return separationDeg(lon, angle) <= DOMINANCE_POINTS.angleOrb;
}

function angularityOf(
  lon: number,
  knownHouse: number | undefined,
  houses: HouseResult | undefined,
): number {
  if (!houses) return 0;
  const p = DOMINANCE_POINTS;
  let score = 0;
  if (near(lon, houses.asc) || near(lon, houses.mc)) score += p.closeToAscOrMc;
  else if (near(lon, houses.asc + 180) || near(lon, houses.mc + 180)) score += p.closeToDscOrIc;
  const house = knownHouse ?? houseOf(lon, houses.cusps);
  if (house % 3 === 1) score += p.angularHouse;
  else if (house % 3 === 2) score += p.succedentHouse;
  return score;
}

/** Aspect points per planet: one pass over the aspects instead of one per planet. */
function aspectScores(aspects: readonly Aspect[]): Map<PointId, number> {
  const scores = new Map<PointId, number>();
  for (const x of aspects) {
    const points = x.major ? DOMINANCE_POINTS.majorAspect : DOMINANCE_POINTS.minorAspect;
    scores.set(x.a, (scores.get(x.a) ?? 0) + points);
    if (x.b !== x.a) scores.set(x.b, (scores.get(x.b) ?? 0) + points);
  }
  return scores;
}

/**
 * Dominance scores of the planets present, highest first (see {@link DOMINANCE_POINTS}).
 *
 * @example
 * dominanceScores([{ id: 'sun', lon: 130 }], [], undefined)[0]; // sun: domicile 3 + own ruler 2
 */
export function dominanceScores(
  planets: readonly PlacedPlanet[],
  aspects: readonly Aspect[],
  houses: HouseResult | undefined,
  scheme: RulershipScheme = 'modern',
): DominanceScore[] {
  const p = DOMINANCE_POINTS;
  let sunLon: number | undefined;
  let moonLon: number | undefined;
  for (const x of planets) {
    if (x.id === 'sun') sunLon = x.lon;
    else if (x.id === 'moon') moonLon = x.lon;
  }
  const aspectScoreOf = aspectScores(aspects);
  const chartRuler = houses ? rulerOf(signAt(houses.asc), scheme) : undefined;
  const sunRuler = sunLon === undefined ? undefined : rulerOf(signAt(sunLon), scheme);
  const moonRuler = moonLon === undefined ? undefined : rulerOf(signAt(moonLon), scheme);
  const scores = planets.map(({ id, lon, house }): DominanceScore => {
    const d = dignityOf(id, signAt(lon), scheme);
    const dignity = d === 'domicile' ? p.domicile : d === 'exaltation' ? p.exaltation : 0;
    const aspectScore = aspectScoreOf.get(id) ?? 0;
    const rulership =
      (chartRuler === id ? p.chartRuler : 0) +
      (sunRuler === id ? p.sunRuler : 0) +
      (moonRuler === id ? p.moonRuler : 0);
    const angularity = angularityOf(lon, house, houses);
    return {
      planet: id,
      score: angularity + dignity + aspectScore + rulership,
      angularity,
      dignity,
      aspects: aspectScore,
      rulership,
    };
  });
  // Planet names are plain lowercase ASCII, so code-unit order is alphabetical order.
  return scores.sort(
    (x, y) => y.score - x.score || (x.planet < y.planet ? -1 : x.planet > y.planet ? 1 : 0),
  );
}
