import { CaptionedPositions } from '@/components/techniques/captioned-positions';
import { loadTechniquePage } from '@/components/techniques/load-technique-page';
import { FormField } from '@/components/auth/form-field';
import { BiWheel } from '@/components/chart/bi-wheel';
import { QueryForm } from '@/components/techniques/query-form';
import { bornSummary, TechniqueShell } from '@/components/techniques/technique-shell';
import styles from '@/components/techniques/techniques.module.css';
import { MAJOR_ASPECTS } from '@/lib/astro/aspects';
import { dateFromJulianDay, julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { progressedChart } from '@/lib/astro/techniques/progressions';
import { formatDegreesMinutes } from '@/lib/chart-wheel/degree-minute';
import { firstParam, type SearchParams } from '@/lib/techniques-view/query-params';
import { parseProgressionQuery } from '@/lib/techniques-view/single-field-query';
import { formatOnClock, UT_CLOCK } from '@/lib/techniques-view/zone-clock';

/** Progressed-to-natal contacts are read within a degree. */
const PROGRESSED_ORBS = {
  kinds: MAJOR_ASPECTS,
  aspectOrbs: { conjunction: 1, opposition: 1, square: 1, trine: 1, sextile: 1 },
  pointFactors: { sun: 1, moon: 1 },
};

export default async function ProgressionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, hash, birth, chart, t, tChart, wheel, tables } = await loadTechniquePage(params);
  const raw = await searchParams;
  const query = parseProgressionQuery(raw, new Date());
  // Noon UT of the chosen day: a day of the target moves the progressed Moon by about 2′.
  const progressed = query.errors.date
    ? null
    : progressedChart(chart, julianDayFromDate(new Date(`${query.value.date}T12:00:00Z`)));
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  return (
    <TechniqueShell
      hash={hash}
      current="progressions"
      title={t('progressions.title')}
      summary={bornSummary(tChart, birth)}
      timeUnknownNote={birth.time === null ? t('progressions.timeUnknown') : null}
    >
      <QueryForm label={t('progressions.title')} submit={t('common.submit')}>
        <FormField
          name="date"
          type="date"
          label={t('progressions.dateLabel')}
          defaultValue={firstParam(raw, 'date') ?? query.value.date}
          error={query.errors.date ? t(`errors.${query.errors.date}`) : undefined}
        />
      </QueryForm>
      {progressed ? (
        <>
          <div data-testid="progression-method">
            <p>
              {t('progressions.method', {
                age: number.format(progressed.progression.ageYears),
                day: formatOnClock(
                  dateFromJulianDay(progressed.progression.progressedJd),
                  UT_CLOCK,
                  locale,
                ),
              })}
            </p>
            {birth.time === null ? null : (
              <p className={styles.note}>
                {t('progressions.anglesMethod', {
                  arc: formatDegreesMinutes(progressed.progression.solarArc),
                })}
              </p>
            )}
          </div>
          <div className={styles.wheel}>
            <BiWheel
              inner={chart}
              outerBodies={progressed.bodies}
              outerName={t('progressions.outerName')}
              labels={wheel}
              aspectOptions={PROGRESSED_ORBS}
              theme="auto"
            />
          </div>
          <CaptionedPositions
            chart={progressed}
            tables={tables}
            caption={t('progressions.positionsCaption')}
          />
        </>
      ) : null}
    </TechniqueShell>
  );
}
