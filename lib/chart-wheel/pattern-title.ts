import type { AspectPattern } from '@/lib/astro/summary';
import type { ChartTableLabels } from '@/components/chart/table-labels';
import { fillTemplate } from './labels';
import { pointName } from './point-name';

/**
 * A pattern's name with what defines it: its element, sign, house or apex.
 *
 * @example
 * patternTitle({ kind: 'stellium', sign: 'capricorn', members }, labels); // 'Stellium in Capricorn'
 */
export function patternTitle(pattern: AspectPattern, labels: ChartTableLabels): string {
  const l = labels.patternList;
  const name = labels.patterns[pattern.kind];
  if (pattern.element)
    return fillTemplate(l.withElement, {
      pattern: name,
      element: labels.elements[pattern.element],
    });
  if (pattern.sign)
    return fillTemplate(l.inSign, { pattern: name, sign: labels.signs[pattern.sign] });
  if (pattern.house !== undefined)
    return fillTemplate(l.inHouse, { pattern: name, house: String(pattern.house) });
  if (pattern.apex)
    return fillTemplate(l.withApex, { pattern: name, apex: pointName(pattern.apex, labels) });
  return name;
}
