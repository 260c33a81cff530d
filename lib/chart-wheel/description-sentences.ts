import type { Aspect, PointId } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { degreeMinute, formatDegreesMinutes, formatInSign } from './degree-minute';
import { fillTemplate, type Axis, type WheelLabels } from './labels';

/**
 * Name of a chart point: a body, or an axis by its full name.
 *
 * @example
 * pointName('asc', ENGLISH_LABELS); // 'Ascendant'
 */
export function pointName(id: PointId, labels: WheelLabels): string {
  return id in labels.bodies ? labels.bodies[id as Body] : labels.axes[id as Axis];
}

/**
 * "Sun in Taurus at 24°24′, house 9, retrograde." from its parts; the house and the retrograde
 * clause only when there is one.
 *
 * @example
 * placementSentence(ENGLISH_LABELS, 'Sun', 54.41, 9, false); // 'Sun in Taurus at 24°24′, house 9.'
 */
export function placementSentence(
  labels: WheelLabels,
  name: string,
  lon: number,
  house: number | null,
  retrograde: boolean,
): string {
  const values = {
    body: name,
    sign: labels.signs[degreeMinute(lon).sign],
    degree: formatInSign(lon),
    house: house === null ? '' : String(house),
  };
  const t = labels.templates;
  const placed = fillTemplate(house === null ? t.placement : t.placementInHouse, values);
  return `${placed}${retrograde ? `, ${labels.retrograde}` : ''}.`;
}

/**
 * "Aspects: Sun trine Moon, orb 2°59′; …." for a list of aspects, or nothing for none. `nameB`
 * names the second point (a bi-wheel marks the outer ring's bodies).
 *
 * @example
 * aspectsSentence(ENGLISH_LABELS, chart.aspects.slice(0, 2));
 * // ['Aspects: True Node quincunx Ascendant, orb 0°00′; Jupiter opposition Uranus, orb 0°21′.']
 */
export function aspectsSentence(
  labels: WheelLabels,
  aspects: readonly Pick<Aspect, 'a' | 'b' | 'kind' | 'orb'>[],
  nameB: (id: PointId) => string = (id) => pointName(id, labels),
): string[] {
  if (aspects.length === 0) return [];
  const list = aspects.map((x) =>
    fillTemplate(labels.templates.aspect, {
      a: pointName(x.a, labels),
      aspect: labels.aspects[x.kind],
      b: nameB(x.b),
      orb: formatDegreesMinutes(x.orb),
    }),
  );
  return [fillTemplate(labels.templates.aspects, { list: list.join('; ') })];
}

/**
 * The title as a sentence, then the Ascendant and Midheaven, or the unknown-time notice.
 *
 * @example
 * openingSentences(ENGLISH_LABELS, null);
 * // ['Chart wheel.', 'Birth time unknown: no houses or angles are drawn, …']
 */
export function openingSentences(
  labels: WheelLabels,
  angles: { asc: number; mc: number } | null,
): string[] {
  const sentences = [labels.title.endsWith('.') ? labels.title : `${labels.title}.`];
  if (!angles) return [...sentences, labels.templates.timeUnknown];
  for (const axis of ['asc', 'mc'] as const) {
    const lon = angles[axis];
    const sign = labels.signs[degreeMinute(lon).sign];
    const values = { axis: labels.axes[axis], sign, degree: formatInSign(lon) };
    sentences.push(`${fillTemplate(labels.templates.axis, values)}.`);
  }
  return sentences;
}
