import { getFormatter, getTranslations } from 'next-intl/server';
import type { UsageDay } from '@/lib/api-usage/usage-per-day';
import styles from './usage.module.css';

/** The chart's numbers as a table, folded away: what screen readers and copy-paste get. */
export async function UsageTable({ series }: { series: UsageDay[] }) {
  const t = await getTranslations('apiUsage');
  const format = await getFormatter();
  return (
    <details className={styles.details}>
      <summary>{t('tableSummary')}</summary>
      <table className={styles.table} data-testid="usage-table">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('day')}</th>
            <th scope="col">{t('calls')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.day}>
              <th scope="row">{point.day}</th>
              <td>{format.number(point.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
