import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartOverview } from '@/components/chart/chart-overview';
import { SavedChartTags } from '@/components/saved-charts/saved-chart-tags';
import { TechniqueLinks } from '@/components/techniques/technique-links';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors/app-error';
import { Link } from '@/lib/i18n/link';
import { openSavedChart } from '@/lib/saved-charts/open-saved-chart';

/**
 * A saved chart's own page, for its owner only: their name and tags over the chart. Anyone
 * else gets the ordinary not-found page, exactly as for an id that never existed.
 */
export default async function SavedChartPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/charts/${encodeURIComponent(id)}`);
  const { saved, chart } = await openSavedChart(db(), { userId: user.id, id }).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') notFound();
      throw error;
    },
  );
  const t = await getTranslations('savedCharts');
  const { birth } = saved;

  return (
    <article style={{ margin: '2rem 0' }} data-testid="saved-chart-page">
      <header>
        <p>
          <Link href="/account/charts">{t('backToList')}</Link>
        </p>
        <h1>{saved.name}</h1>
        <p data-testid="birth-summary">
          {t('born', { date: birth.date, time: birth.time ?? '—', place: birth.placeLabel })}
        </p>
        <SavedChartTags tags={saved.tags} />
        <p className="field-hint">{t('privateNote')}</p>
      </header>
      <ChartOverview
        chart={chart}
        locale={locale}
        birth={{ date: birth.date, place: birth.placeLabel }}
      />
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Link href={`/chart/${saved.chartHash}#reading`} className="button">
          {t('openReading')}
        </Link>
        <Link href={`/chart/${saved.chartHash}`} className="button button-secondary">
          {t('open')}
        </Link>
      </p>
      <TechniqueLinks hash={saved.chartHash} />
    </article>
  );
}
