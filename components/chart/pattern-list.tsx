import { useId } from 'react';
import type { AspectPattern } from '@/lib/astro/summary';
import { patternTitle } from '@/lib/chart-wheel/pattern-title';
import styles from './chart.module.css';
import { PointLabel } from './point-label';
import type { ChartTableLabels } from './table-labels';

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
