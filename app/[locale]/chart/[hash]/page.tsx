import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartOverview } from '@/components/chart/chart-overview';
import { FamousChartBanner } from '@/components/famous/famous-chart-banner';
import { FamousSharingList } from '@/components/famous/famous-sharing-list';
import { StoredReading } from '@/components/reading/stored-reading';
import { SaveChartPanel } from '@/components/saved-charts/save-chart-panel';
import { TechniqueLinks } from '@/components/techniques/technique-links';
import { db } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';

const RULE_KEY = { iana: 'ruleIana', lmt: 'ruleLmt', explicit: 'ruleExplicit' } as const;

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
  const format = await getFormatter();
  const { birth, chart } = loaded;
  const rule = RULE_KEY[birth.rule as keyof typeof RULE_KEY] ?? 'ruleIana';

  return (
    <div style={{ margin: '2rem 0' }}>
      <header>
        <h1>{t('title')}</h1>
        <FamousChartBanner famousId={famousId} birth={birth} locale={locale} />
        <p data-testid="birth-summary">
          {t('bornAt', {
            // The civil date as entered: formatted in UTC so no zone shifts its day.
            date: format.dateTime(new Date(`${birth.date}T00:00:00Z`), {
              dateStyle: 'long',
              timeZone: 'UTC',
            }),
            time: birth.time ?? '12:00',
            place: birth.placeLabel,
          })}
        </p>
        <p className="field-hint">
          {t('utcNote', { utc: chart.utc.replace('T', ' ').replace('.000Z', ''), rule: t(rule) })}
        </p>
        {birth.time === null && <p role="note">{t('timeUnknownNote')}</p>}
      </header>
      <SaveChartPanel chartHash={hash} birth={birth} locale={locale} />
      <ChartOverview
        chart={chart}
        locale={locale}
        birth={{ date: birth.date, place: birth.placeLabel }}
      />
      <FamousSharingList chart={chart} hash={hash} locale={locale} excludeId={famousId} />
      <TechniqueLinks hash={hash} />
      <StoredReading chartHash={hash} locale={locale} />
    </div>
  );
}
