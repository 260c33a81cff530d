import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartOverview } from '@/components/chart/chart-overview';
import { ReadingPanel } from '@/components/reading/reading-panel';
import { SaveChartPanel } from '@/components/saved-charts/save-chart-panel';
import { db } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';

const RULE_KEY = { iana: 'ruleIana', lmt: 'ruleLmt', explicit: 'ruleExplicit' } as const;

export default async function ChartPage({
  params,
}: {
  params: Promise<{ locale: string; hash: string }>;
}) {
  const { locale, hash } = await params;
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
      <ReadingPanel chartHash={hash} locale={locale} />
    </div>
  );
}
