import { count } from 'drizzle-orm';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignupsPanel } from '@/components/admin/signups-panel';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { signupsPerDay } from '@/lib/analytics/signup-rollup';
import { requireAdmin } from '@/lib/auth/guards';
import { requestOrigin } from '@/lib/http/request-origin';
import { realtimePublicUrl } from '@/lib/realtime/public-url';
import { ClientTranslations } from '@/components/i18n/client-translations';

const DAYS = 30;

export default async function AdminOverviewPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin`);
  const t = await getTranslations('admin');
  const origin = await requestOrigin();
  const [series, [total]] = await Promise.all([
    signupsPerDay(db(), { days: DAYS }),
    db().select({ value: count() }).from(users),
  ]);

  return (
    <section style={{ margin: '2rem 0' }}>
      <h1>{t('title')}</h1>
      <ClientTranslations>
        <SignupsPanel
          initialSeries={series}
          initialTotal={total?.value ?? 0}
          days={DAYS}
          realtimeUrl={realtimePublicUrl(origin)}
        />
      </ClientTranslations>
    </section>
  );
}
