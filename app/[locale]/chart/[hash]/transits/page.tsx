import { loadTechniquePage } from '@/components/techniques/load-technique-page';
import { FormField } from '@/components/auth/form-field';
import { BiWheel } from '@/components/chart/bi-wheel';
import { InterAspectTable } from '@/components/techniques/inter-aspect-table';
import { interAspectWords } from '@/components/techniques/inter-aspect-words';
import { QueryForm } from '@/components/techniques/query-form';
import { SelectField } from '@/components/techniques/select-field';
import { bornSummary, TechniqueShell } from '@/components/techniques/technique-shell';
import styles from '@/components/techniques/techniques.module.css';
import { TransitTimeline } from '@/components/techniques/transit-timeline';
import { firstParam, type SearchParams } from '@/lib/techniques-view/query-params';
import { parseTransitsQuery, TRANSIT_BODY_SETS } from '@/lib/techniques-view/transits-query';
import { currentTransits, transitTimeline } from '@/lib/techniques-view/transits-view';
import { formatOnClock, zoneClock } from '@/lib/techniques-view/zone-clock';

export default async function TransitsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, hash, birth, chart, t, tChart, wheel, tables } = await loadTechniquePage(params);
  const raw = await searchParams;
  const now = new Date();
  const query = parseTransitsQuery(raw, now);
  const clock = zoneClock(birth);
  const current = currentTransits(chart, now);
  const valid = Object.keys(query.errors).length === 0;
  const months = valid ? transitTimeline(chart, query.value, clock) : null;
  const error = (field: keyof typeof query.errors) => {
    const code = query.errors[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  const words = await interAspectWords({
    caption: t('transits.nowCaption'),
    a: t('transits.natal'),
    b: t('transits.transiting'),
  });

  return (
    <TechniqueShell
      hash={hash}
      current="transits"
      title={t('transits.title')}
      summary={bornSummary(tChart, birth)}
      timeUnknownNote={birth.time === null ? t('transits.timeUnknown') : null}
    >
      <section aria-labelledby="transits-now">
        <h2 id="transits-now">{t('transits.nowTitle')}</h2>
        <p className={styles.note}>
          {t('transits.nowAt', { time: formatOnClock(now, clock, locale) })}{' '}
          {t('common.zoneNote', { zone: clock.label })}
        </p>
        <div className={styles.wheel}>
          <BiWheel
            inner={chart}
            outerBodies={current.sky.bodies}
            outerName={t('transits.outerName')}
            labels={wheel}
            aspects={current.aspects}
            theme="auto"
          />
        </div>
        <InterAspectTable
          aspects={current.aspects}
          labels={tables}
          words={words}
          testId="current-transits"
        />
      </section>
      <section aria-labelledby="transits-range">
        <h2 id="transits-range">{t('transits.timelineTitle')}</h2>
        <QueryForm label={t('transits.timelineTitle')} submit={t('common.submit')}>
          <FormField
            name="from"
            type="date"
            label={t('transits.from')}
            defaultValue={firstParam(raw, 'from') ?? query.value.from}
            error={error('from')}
          />
          <FormField
            name="to"
            type="date"
            label={t('transits.to')}
            defaultValue={firstParam(raw, 'to') ?? query.value.to}
            error={error('to')}
          />
          <SelectField
            name="bodies"
            label={t('transits.bodies')}
            value={query.value.bodies}
            error={error('bodies')}
            options={TRANSIT_BODY_SETS.map((s) => ({
              value: s,
              label: t(`transits.bodySets.${s}`),
            }))}
          />
        </QueryForm>
        {months ? (
          <>
            <p className={styles.note}>
              {t('transits.hitCount', { count: months.reduce((n, m) => n + m.hits.length, 0) })}{' '}
              {t('common.zoneNote', { zone: clock.label })}
            </p>
            <TransitTimeline
              months={months}
              clock={clock}
              locale={locale}
              labels={tables}
              words={{
                none: t('transits.none'),
                retrograde: t('transits.retrograde'),
                natal: t('transits.natalPrefix'),
              }}
            />
          </>
        ) : null}
      </section>
    </TechniqueShell>
  );
}
