import type { Balance } from '@/lib/astro/summary';
import { ELEMENTS, MODALITIES } from '@/lib/astro/summary';
import type { ChartSummary } from '@/lib/astro/summary';
import { pointName } from '@/lib/chart-wheel/point-name';
import styles from './chart.module.css';
import { PointGlyph } from './point-label';
import type { ChartTableLabels } from './table-labels';

// The share bar's length at 100 %. A length, not a percentage of its cell: a percentage is
// resolved after the column is sized, so a long bar spilled out of the table on phones.
const BAR_REM_AT_FULL_SHARE = 3;

interface BalanceTableProps<K extends string> {
  caption: string;
  keys: readonly K[];
  balance: Balance<K>;
  names: Record<K, string>;
  labels: ChartTableLabels;
  /** Colour class per group (the elements have theirs). */
  tone?: (key: K) => string;
}

function BalanceTable<K extends string>({
  caption,
  keys,
  balance,
  names,
  labels,
  tone,
}: BalanceTableProps<K>) {
  const l = labels.balance;
  return (
    <table className={`${styles.palette} ${styles.table}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{l.group}</th>
          <th scope="col">{l.points}</th>
          <th scope="col" className={styles.num}>
            {l.score}
          </th>
          <th scope="col" className={styles.num}>
            {l.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const entry = balance.groups[key];
          const percent = Math.round(entry.share * 100);
          return (
            <tr key={key} className={balance.dominant.includes(key) ? styles.dominant : undefined}>
              <th scope="row" className={tone?.(key)}>
                {names[key]}
              </th>
              <td>
                <span className={styles.points}>
                  {entry.points.map((id, i) => (
                    <span key={id}>
                      <PointGlyph id={id} labels={labels} />
                      <span className={styles.srOnly}>
                        {pointName(id, labels)}
                        {i < entry.points.length - 1 ? ', ' : ''}
                      </span>
                    </span>
                  ))}
                </span>
              </td>
              <td className={styles.num}>{entry.score}</td>
              <td className={styles.num}>
                <span
                  className={`${styles.bar} ${tone?.(key) ?? ''}`}
                  style={{ width: `${entry.share * BAR_REM_AT_FULL_SHARE}rem` }}
                />
                {percent}%
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The weighted balance of elements and of modalities (docs/astro-houses-aspects.md has the
 * weights): the points in each group, its score and share; the dominant group stands out.
 */
export function ElementBalance({
  summary,
  labels,
}: {
  summary: Pick<ChartSummary, 'elements' | 'modalities'>;
  labels: ChartTableLabels;
}) {
  return (
    <div className={styles.balance}>
      <BalanceTable
        caption={labels.balance.elements}
        keys={ELEMENTS}
        balance={summary.elements}
        names={labels.elements}
        labels={labels}
        tone={(key) => styles[key] ?? ''}
      />
      <BalanceTable
        caption={labels.balance.modalities}
        keys={MODALITIES}
        balance={summary.modalities}
        names={labels.modalities}
        labels={labels}
      />
    </div>
  );
}
