import type { PointId } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import type { AstroLabels, Axis } from './labels';

/** Whether a chart point is a body (not an axis). */
export function isBody(id: PointId, labels: AstroLabels): id is Body {
  return id in labels.bodies;
}

/**
 * Full name of a chart point, in words.
 *
 * @example
 * pointName('asc', ENGLISH_LABELS); // 'Ascendant'
 */
export function pointName(id: PointId, labels: AstroLabels): string {
  if (isBody(id, labels)) return labels.bodies[id];
  return id in labels.axes ? labels.axes[id as Axis] : id;
}
