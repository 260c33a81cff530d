import type { Aspect } from '@/lib/astro/aspects';
import { houseOf } from '@/lib/astro/houses';
import type { Body } from '@/lib/astro/types';
import type { RingBody } from './column-styles';
import { chartWheelDescription, DEFAULT_MAX_ASPECTS } from './describe-chart';
import { aspectsSentence, placementSentence } from './description-sentences';
import { fillTemplate, type WheelLabels } from './labels';
import { hasHouses, type WheelChart } from './wheel-bodies';

export interface BiWheelDescriptionInput {
  inner: WheelChart;
  /** Inner bodies drawn. */
  bodies: readonly Body[];
  outer: readonly RingBody[];
  /** "Transits", "Alex" */
  outerName: string;
  /** Inter-aspects drawn, tightest first. */
  aspects: readonly Aspect[];
}

/**
 * Text alternative of a bi-wheel: the inner chart as `chartWheelDescription` reads it (without
 * its own aspects), the outer ring's bodies in the inner chart's houses, and the tightest
 * inter-aspects, the outer point named as such ("Venus (Transits)").
 *
 * @example
 * biWheelDescription({ inner, bodies, outer, outerName: 'Transits', aspects }, ENGLISH_LABELS);
 */
export function biWheelDescription(input: BiWheelDescriptionInput, labels: WheelLabels): string {
  const { inner, outerName } = input;
  const houses = hasHouses(inner) ? inner.houses.cusps : null;
  const outer = input.outer.map((b) =>
    placementSentence(
      labels,
      labels.bodies[b.body],
      b.lon,
      houses ? houseOf(b.lon, houses) : null,
      b.retrograde,
    ),
  );
  const outerBody = (id: string) =>
    fillTemplate(labels.templates.outerBody, {
      body: id in labels.bodies ? labels.bodies[id as Body] : id,
      name: outerName,
    });
  return [
    chartWheelDescription(inner, labels, { bodies: input.bodies, maxAspects: 0 }),
    fillTemplate(labels.templates.outerRing, { name: outerName }),
    ...outer,
    ...aspectsSentence(labels, input.aspects.slice(0, DEFAULT_MAX_ASPECTS), outerBody),
  ].join(' ');
}
