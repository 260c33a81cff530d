import { getFormatter, getTranslations } from 'next-intl/server';
import { configuredPlans } from '@/lib/api/configured-plans';
import type { PlanName } from '@/lib/api/plans';
import { quotaShare } from './quota-share';
import styles from './usage.module.css';

export interface KeyUsage {
  id: string;
  name: string;
  prefix: string;
  plan: PlanName;
  revoked: boolean;
  /** Calls over the days shown. */
  used: number;
}

/** Each key's calls beside its plan's quota; limits are per key, so there is no account total. */
export async function QuotaTable({ rows, days }: { rows: KeyUsage[]; days: number }) {
  const t = await getTranslations('apiUsage');
  const plans = await getTranslations('apiKeys.planNames');
  const format = await getFormatter();
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="quota-table">
        <caption className="visually-hidden">{t('quotaTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keyColumn')}</th>
            <th scope="col">{t('planColumn')}</th>
            <th scope="col">{t('usedColumn', { days })}</th>
            <th scope="col">{t('quotaColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const quota = configuredPlans()[row.plan].perMonth;
            const percent = quotaShare(row.used, quota);
            return (
              <tr key={row.id} data-testid="quota-row">
                <th scope="row">
                  {row.name} {row.revoked && t('revokedSuffix')}
                  <span className={styles.prefix}>{row.prefix}…</span>
                </th>
                <td>{plans(row.plan)}</td>
                <td>{format.number(row.used)}</td>
                <td>
                  {format.number(quota)}
                  <meter
                    className={styles.meter}
                    min={0}
                    max={quota}
                    low={quota * 0.75}
                    high={quota * 0.9}
                    optimum={0}
                    value={Math.min(row.used, quota)}
                    aria-label={t('quotaUsed', { percent })}
                  />
                  <span className="field-hint">{t('quotaUsed', { percent })}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
