import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { KeyFilter } from '@/components/api-usage/key-filter';
import { QuotaTable } from '@/components/api-usage/quota-table';
import { UsageChart } from '@/components/api-usage/usage-chart';
import { UsageTable } from '@/components/api-usage/usage-table';
import styles from '@/components/api-usage/usage.module.css';
import { db } from '@/db/client';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { usagePerDay } from '@/lib/api-usage/usage-per-day';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/link';

const DAYS = 30;
const querySchema = z.object({ key: z.string().max(100).optional().catch(undefined) });

const sum = (series: { count: number }[]) => series.reduce((total, p) => total + p.count, 0);

export default async function ApiUsagePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = querySchema.parse(await searchParams);
  const user = await requireUser(locale, `/${locale}/account/usage`);
  const t = await getTranslations('apiUsage');
  const format = await getFormatter();
  const keys = await listApiKeys(db(), { userId: user.id });
  // An id that is not one of the user's keys shows everything rather than someone's zeros.
  const selected = keys.find((k) => k.id === query.key);
  const shown = selected ? [selected] : keys;
  const [series, ...perKey] = await Promise.all([
    usagePerDay(db(), { userId: user.id, days: DAYS, keyId: selected?.id }),
    ...shown.map((k) => usagePerDay(db(), { userId: user.id, days: DAYS, keyId: k.id })),
  ]);

  return (
    <section style={{ margin: '2rem 0', maxWidth: '56rem' }}>
      <h1>{t('title')}</h1>
      <p>{t('intro', { days: DAYS })}</p>
      <p>
        <Link href="/account/api-keys">{t('keysLink')}</Link>
      </p>
      {keys.length === 0 ? (
        <p data-testid="usage-no-keys">{t('noKeys')}</p>
      ) : (
        <div className={styles.stack}>
          <KeyFilter keys={keys} selected={selected?.id} />
          <div className="card">
            <div className="field-hint">{t('total', { days: DAYS })}</div>
            <div className={styles.figure} data-testid="usage-total">
              {format.number(sum(series ?? []))}
            </div>
            <UsageChart series={series ?? []} label={t('chartLabel')} callsLabel={t('calls')} />
            <UsageTable series={series ?? []} />
          </div>
          <section className="card" aria-labelledby="quota-title">
            <h2 id="quota-title">{t('quotaTitle')}</h2>
            <QuotaTable
              days={DAYS}
              rows={shown.map((k, i) => ({
                id: k.id,
                name: k.name,
                prefix: k.prefix,
                plan: k.plan,
                revoked: k.revokedAt !== null,
                used: sum(perKey[i] ?? []),
              }))}
            />
            <p className="field-hint">{t('quotaNote')}</p>
          </section>
        </div>
      )}
    </section>
  );
}
