import { CaptionedPositions } from '@/components/techniques/captioned-positions';
import { loadTechniquePage } from '@/components/techniques/load-technique-page';
import { ChartWheel } from '@/components/chart/chart-wheel';
import { OtherChartForm } from '@/components/techniques/other-chart-form';
import { bornSummary, TechniqueShell } from '@/components/techniques/technique-shell';
import styles from '@/components/techniques/techniques.module.css';
import { db } from '@/db/client';
import { compositeChart } from '@/lib/astro/techniques/composite';
import { otherChartFrom } from '@/lib/techniques-view/other-chart';
import type { SearchParams } from '@/lib/techniques-view/query-params';

export default async function CompositePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { hash, birth, chart, t, tChart, wheel, tables } = await loadTechniquePage(params);
  const other = await otherChartFrom(db(), await searchParams);
  const second = other.loaded;
  // Charts are stored with their settings; two charts in different zodiacs have no composite.
  const composite =
    second && JSON.stringify(second.chart.zodiac) === JSON.stringify(chart.zodiac)
      ? compositeChart(chart, second.chart)
      : null;
  const timeUnknown = birth.time === null || second?.birth.time === null;

  return (
    <TechniqueShell
      hash={hash}
      current="composite"
      title={t('composite.title')}
      summary={bornSummary(tChart, birth)}
      timeUnknownNote={timeUnknown ? t('composite.timeUnknown') : null}
    >
      <p className={styles.note}>{t('composite.intro')}</p>
      <OtherChartForm other={other} label={t('composite.title')} />
      {second && composite ? (
        <>
          <p data-testid="second-summary">
            {t('synastry.secondBorn', { date: second.birth.date, place: second.birth.placeLabel })}
          </p>
          <div className={styles.wheel}>
            <ChartWheel
              chart={composite}
              labels={{ ...wheel, title: t('composite.wheelTitle') }}
              theme="auto"
            />
          </div>
          <CaptionedPositions
            chart={composite}
            tables={tables}
            caption={t('composite.positionsCaption')}
          />
        </>
      ) : other.error ? null : (
        <p>{t('synastry.empty')}</p>
      )}
    </TechniqueShell>
  );
}
