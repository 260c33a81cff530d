import { CaptionedPositions } from '@/components/techniques/captioned-positions';
import { loadTechniquePage } from '@/components/techniques/load-technique-page';
import { FormField } from '@/components/auth/form-field';
import { ChartWheel } from '@/components/chart/chart-wheel';
import { QueryForm } from '@/components/techniques/query-form';
import { bornSummary, TechniqueShell } from '@/components/techniques/technique-shell';
import type { Chart } from '@/lib/astro/chart/types';
import { solarReturnChart } from '@/lib/astro/techniques/return-charts';
import { firstParam, type SearchParams } from '@/lib/techniques-view/query-params';
import { parseReturnYearQuery } from '@/lib/techniques-view/single-field-query';
import { formatOnClock, UT_CLOCK, zoneClock } from '@/lib/techniques-view/zone-clock';
import styles from '@/components/techniques/techniques.module.css';

/** Without a birth time the return instant is uncertain by hours: houses would mislead. */
function withoutHouses(chart: Chart): Chart {
  const axes = new Set(['asc', 'mc']);
  const aspects = chart.aspects.filter((a) => !axes.has(a.a) && !axes.has(a.b));
  return { ...chart, houses: null, angles: null, timeUnknown: true, aspects };
}

export default async function SolarReturnPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, hash, birth, chart, t, tChart, wheel, tables } = await loadTechniquePage(params);
  const raw = await searchParams;
  const birthYear = Number(birth.date.slice(0, 4));
  const query = parseReturnYearQuery(raw, new Date(), birthYear);
  const cast = query.errors.year ? null : solarReturnChart(chart, query.value.year);
  const shown = cast && birth.time === null ? withoutHouses(cast) : cast;
  const clock = zoneClock(birth);

  return (
    <TechniqueShell
      hash={hash}
      current="solarReturn"
      title={t('solarReturn.title')}
      summary={bornSummary(tChart, birth)}
      timeUnknownNote={birth.time === null ? t('solarReturn.timeUnknown') : null}
    >
      <QueryForm label={t('solarReturn.title')} submit={t('common.submit')}>
        <FormField
          name="year"
          type="number"
          inputMode="numeric"
          min={birthYear}
          max={2399}
          label={t('solarReturn.yearLabel')}
          defaultValue={firstParam(raw, 'year') ?? String(query.value.year)}
          error={query.errors.year ? t(`errors.${query.errors.year}`) : undefined}
        />
      </QueryForm>
      {shown ? (
        <>
          <div data-testid="return-instant">
            <p>
              {t('solarReturn.instantUt', {
                utc: formatOnClock(new Date(shown.utc), UT_CLOCK, locale, 'second'),
              })}
            </p>
            <p>
              {t('solarReturn.instantLocal', {
                local: formatOnClock(new Date(shown.utc), clock, locale, 'second'),
                zone: clock.label,
              })}
            </p>
            <p className={styles.note}>{t('solarReturn.place', { place: birth.placeLabel })}</p>
          </div>
          <div className={styles.wheel}>
            <ChartWheel
              chart={shown}
              labels={{
                ...wheel,
                title: t('solarReturn.wheelTitle', { year: String(query.value.year) }),
              }}
              theme="auto"
            />
          </div>
          <CaptionedPositions
            chart={shown}
            tables={tables}
            caption={t('solarReturn.positionsCaption')}
          />
        </>
      ) : null}
    </TechniqueShell>
  );
}
