import { loadTechniquePage } from '@/components/techniques/load-technique-page';
import { BiWheel } from '@/components/chart/bi-wheel';
import { HouseOverlayTable } from '@/components/techniques/house-overlay-table';
import { InterAspectTable } from '@/components/techniques/inter-aspect-table';
import { interAspectWords } from '@/components/techniques/inter-aspect-words';
import { OtherChartForm } from '@/components/techniques/other-chart-form';
import { bornSummary, TechniqueShell } from '@/components/techniques/technique-shell';
import styles from '@/components/techniques/techniques.module.css';
import { db } from '@/db/client';
import { MAJOR_ASPECTS } from '@/lib/astro/aspects';
import { synastry } from '@/lib/astro/techniques/synastry';
import { otherChartFrom } from '@/lib/techniques-view/other-chart';
import type { SearchParams } from '@/lib/techniques-view/query-params';
import { scoreBand } from '@/lib/techniques-view/score-band';

export default async function SynastryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; hash: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, hash, birth, chart, t, tChart, wheel, tables } = await loadTechniquePage(params);
  const other = await otherChartFrom(db(), await searchParams);
  const second = other.loaded;
  // Majors only: the minors at natal orbs list a hundred contacts, and the score ignores them.
  const result = second ? synastry(chart, second.chart, { kinds: MAJOR_ASPECTS }) : null;
  const timeUnknown = birth.time === null || second?.birth.time === null;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const overlayWords = { body: t('synastry.body'), house: t('synastry.house') };
  const first = t('synastry.first');
  const secondName = t('synastry.second');

  return (
    <TechniqueShell
      hash={hash}
      current="synastry"
      title={t('synastry.title')}
      summary={bornSummary(tChart, birth)}
      timeUnknownNote={timeUnknown ? t('synastry.timeUnknown') : null}
    >
      <OtherChartForm other={other} label={t('synastry.title')} />
      {second && result ? (
        <>
          <p data-testid="second-summary">
            {t('synastry.secondBorn', { date: second.birth.date, place: second.birth.placeLabel })}
          </p>
          <section aria-labelledby="synastry-score" data-testid="synastry-score">
            <h2 id="synastry-score">{t('synastry.scoreTitle')}</h2>
            <p className={styles.score}>
              {t('synastry.score', { score: number.format(result.score.score) })}
            </p>
            <p>{t(`synastry.bands.${scoreBand(result.score.score)}`)}</p>
            <p className={styles.note}>
              {t('synastry.harmonyTension', {
                harmony: number.format(result.score.harmony),
                tension: number.format(result.score.tension),
              })}
            </p>
          </section>
          <div className={styles.wheel}>
            <BiWheel
              inner={chart}
              outerBodies={second.chart.bodies}
              outerName={t('synastry.outerName')}
              labels={wheel}
              aspects={result.aspects}
              theme="auto"
            />
          </div>
          <InterAspectTable
            aspects={result.aspects}
            labels={tables}
            testId="synastry-aspects"
            words={await interAspectWords({
              caption: t('synastry.aspectsCaption'),
              a: first,
              b: secondName,
            })}
          />
          <div className={styles.pair}>
            <div className={styles.fit}>
              <HouseOverlayTable
                overlay={result.aInB}
                labels={tables}
                testId="overlay-a-in-b"
                words={{
                  ...overlayWords,
                  caption: t('synastry.inHouses', { owner: first, other: secondName }),
                  noHouses: t('synastry.noHouses'),
                }}
              />
            </div>
            <div className={styles.fit}>
              <HouseOverlayTable
                overlay={result.bInA}
                labels={tables}
                testId="overlay-b-in-a"
                words={{
                  ...overlayWords,
                  caption: t('synastry.inHouses', { owner: secondName, other: first }),
                  noHouses: t('synastry.noHouses'),
                }}
              />
            </div>
          </div>
        </>
      ) : other.error ? null : (
        <p>{t('synastry.empty')}</p>
      )}
    </TechniqueShell>
  );
}
