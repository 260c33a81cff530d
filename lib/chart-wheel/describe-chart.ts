import type { AspectKind, PointId } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { DEFAULT_WHEEL_ASPECTS } from './aspects-layer';
import { degreeMinute, formatDegreesMinutes, formatInSign } from './degree-minute';
import { fillTemplate, type Axis, type WheelLabels } from './labels';
import { DEFAULT_WHEEL_BODIES, drawnLongitudes, hasHouses, type WheelChart } from './wheel-bodies';

export interface DescriptionOptions {
  bodies?: readonly Body[];
  aspectKinds?: readonly AspectKind[];
  /** The tightest this many aspects are read out; a full list belongs in the aspect grid. */
  maxAspects?: number;
}

const DEFAULT_MAX_ASPECTS = 12;

function pointName(id: PointId, labels: WheelLabels): string {
  return id in labels.bodies ? labels.bodies[id as Body] : labels.axes[id as Axis];
}

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
  const t = labels.templates;
  const sentences = [labels.title.endsWith('.') ? labels.title : `${labels.title}.`];
  if (hasHouses(chart)) {
    for (const axis of ['asc', 'mc'] as const) {
      const lon = chart.angles[axis].lon;
      const sign = labels.signs[degreeMinute(lon).sign];
      sentences.push(
        `${fillTemplate(t.axis, { axis: labels.axes[axis], sign, degree: formatInSign(lon) })}.`,
      );
    }
  } else {
    sentences.push(t.timeUnknown);
  }
  for (const body of bodies) {
    const b = chart.bodies[body];
    const values = {
      body: labels.bodies[body],
      sign: labels.signs[degreeMinute(b.lon).sign],
      degree: formatInSign(b.lon),
      house: b.house === null ? '' : String(b.house),
    };
    const placed = fillTemplate(b.house === null ? t.placement : t.placementInHouse, values);
    sentences.push(`${placed}${b.retrograde ? `, ${labels.retrograde}` : ''}.`);
  }
  const drawn = drawnLongitudes(chart, bodies);
  const aspects = chart.aspects
    .filter((x) => kinds.includes(x.kind) && x.a in drawn && x.b in drawn)
    .slice(0, options.maxAspects ?? DEFAULT_MAX_ASPECTS)
    .map((x) =>
      fillTemplate(t.aspect, {
        a: pointName(x.a, labels),
        aspect: labels.aspects[x.kind],
        b: pointName(x.b, labels),
        orb: formatDegreesMinutes(x.orb),
      }),
    );
  if (aspects.length > 0) sentences.push(fillTemplate(t.aspects, { list: aspects.join('; ') }));
  return sentences.join(' ');
}
