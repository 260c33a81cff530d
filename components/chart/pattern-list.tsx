import { useId } from 'react';
import type { AspectPattern } from '@/lib/astro/summary';
import { fillTemplate } from '@/lib/chart-wheel/labels';
import styles from './chart.module.css';
import { PointLabel, pointName } from './point-label';
import type { ChartTableLabels } from './table-labels';

function patternTitle(pattern: AspectPattern, labels: ChartTableLabels): string {
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

/** The chart's aspect patterns and stelliums, each with its members; a note when there are none. */
export function PatternList({
  patterns,
  labels,
}: {
  patterns: readonly AspectPattern[];
  labels: ChartTableLabels;
}) {
  const id = useId();
  return (
    <div className={styles.palette}>
      <p id={id} className={styles.listTitle}>
        {labels.patternList.caption}
      </p>
      {patterns.length === 0 ? (
        <p className={styles.note}>{labels.patternList.none}</p>
      ) : (
        <ul aria-labelledby={id} className={styles.patterns}>
          {patterns.map((pattern) => (
            <li key={`${pattern.kind}:${pattern.members.join(',')}`}>
              <span className={styles.patternName}>{patternTitle(pattern, labels)}</span>
              {': '}
              {pattern.members.map((m, i) => (
                <span key={m}>
                  <PointLabel id={m} labels={labels} />
                  {i < pattern.members.length - 1 ? ', ' : ''}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
