import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartExportActions } from '@/components/chart/chart-export-actions';
import { ChartOverview } from '@/components/chart/chart-overview';
import { FamousChartBanner } from '@/components/famous/famous-chart-banner';
import { FamousSharingList } from '@/components/famous/famous-sharing-list';
import { StoredReading } from '@/components/reading/stored-reading';
import { SaveChartPanel } from '@/components/saved-charts/save-chart-panel';
import { TechniqueLinks } from '@/components/techniques/technique-links';
import { db } from '@/db/client';
import { birthLines } from '@/lib/charts/birth-lines';
import { loadChart } from '@/lib/charts/load-chart';

export default async function ChartPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<{ famous?: string | string[] }>;
}) {
  const { locale, hash } = await params;
  const { famous } = await searchParams;
  const famousId = typeof famous === 'string' ? famous : undefined;
  setRequestLocale(locale);
  const loaded = await loadChart(db(), hash);
  if (!loaded) notFound();
  const t = await getTranslations('chart');
  const { birth, chart } = loaded;
  const lines = await birthLines(locale, birth, chart);

  return (
    <div style={{ margin: '2rem 0' }}>
      <header>
        <h1>{t('title')}</h1>
        <FamousChartBanner famousId={famousId} birth={birth} locale={locale} />
        <p data-testid="birth-summary">{lines.born}</p>
        <p className="field-hint">{lines.utc}</p>
        {lines.timeUnknown && <p role="note">{lines.timeUnknown}</p>}
        <ChartExportActions
          pdfHref={`/${locale}/chart/${hash}/pdf`}
          labels={{ downloadPdf: t('downloadPdf'), print: t('print') }}
        />
      </header>
      <div className="no-print">
        <SaveChartPanel chartHash={hash} birth={birth} locale={locale} />
      </div>
      <ChartOverview
        chart={chart}
        locale={locale}
        birth={{ date: birth.date, place: birth.placeLabel }}
      />
      <div className="no-print">
        <FamousSharingList chart={chart} hash={hash} locale={locale} excludeId={famousId} />
        <TechniqueLinks hash={hash} />
      </div>
      <StoredReading chartHash={hash} locale={locale} />
    </div>
  );
}
