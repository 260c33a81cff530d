import type { AspectKind } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { DEFAULT_WHEEL_ASPECTS } from './aspects-layer';
import { aspectsSentence, openingSentences, placementSentence } from './description-sentences';
import type { WheelLabels } from './labels';
import { DEFAULT_WHEEL_BODIES, drawnLongitudes, hasHouses, type WheelChart } from './wheel-bodies';

export interface DescriptionOptions {
  bodies?: readonly Body[];
  aspectKinds?: readonly AspectKind[];
  /** The tightest this many aspects are read out; a full list belongs in the aspect grid. */
  maxAspects?: number;
}

export const DEFAULT_MAX_ASPECTS = 12;

/**
 * Plain-language summary of a chart wheel for screen readers (the wheel's `<desc>`): the
 * Ascendant and Midheaven, every drawn body with sign, degree, house and retrograde motion, then
 * the tightest aspects drawn. Says so when the birth time is unknown.
 *
 * @example
 * chartWheelDescription(chart, ENGLISH_LABELS);
 * // 'Chart wheel. Ascendant in Virgo at 10°14′. … Sun in Taurus at 24°24′, house 9. …'
 */
export function chartWheelDescription(
  chart: WheelChart,
  labels: WheelLabels,
  options: DescriptionOptions = {},
): string {
  const bodies = options.bodies ?? DEFAULT_WHEEL_BODIES;
  const kinds = options.aspectKinds ?? DEFAULT_WHEEL_ASPECTS;
  const angles = hasHouses(chart) ? { asc: chart.houses.asc, mc: chart.houses.mc } : null;
  const placements = bodies.map((body) => {
    const b = chart.bodies[body];
    return placementSentence(labels, labels.bodies[body], b.lon, b.house, b.retrograde);
  });
  const drawn = drawnLongitudes(chart, bodies);
  const aspects = chart.aspects
    .filter((x) => kinds.includes(x.kind) && x.a in drawn && x.b in drawn)
    .slice(0, options.maxAspects ?? DEFAULT_MAX_ASPECTS);
  return [
    ...openingSentences(labels, angles),
    ...placements,
    ...aspectsSentence(labels, aspects),
  ].join(' ');
}
