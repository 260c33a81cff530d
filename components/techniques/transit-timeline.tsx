import type { PointId } from '@/lib/astro/aspects';
import { dateFromJulianDay } from '@/lib/astro/frame/julian-day';
import { RETROGRADE_GLYPH } from '@/lib/chart-wheel/glyphs';
import type { TimelineMonth } from '@/lib/techniques-view/transits-view';
import { formatOnClock, type ZoneClock } from '@/lib/techniques-view/zone-clock';
import chartStyles from '@/components/chart/chart.module.css';
import { PointLabel } from '@/components/chart/point-label';
import type { ChartTableLabels } from '@/components/chart/table-labels';
import styles from './techniques.module.css';

export interface TimelineWords {
  none: string;
  retrograde: string;
  natal: string;
}

function monthTitle(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T00:00:00Z`));
}

/** Exact transit hits month by month: when, transiting body, aspect, natal point. */
export function TransitTimeline({
  months,
  clock,
  locale,
  labels,
  words,
}: {
  months: readonly TimelineMonth[];
  clock: ZoneClock;
  locale: string;
  labels: ChartTableLabels;
  words: TimelineWords;
}) {
  if (months.length === 0) return <p data-testid="transit-timeline">{words.none}</p>;
  return (
    <div data-testid="transit-timeline">
      {months.map((m) => (
        <section key={m.month} className={styles.month} aria-labelledby={`month-${m.month}`}>
          <h3 id={`month-${m.month}`}>{monthTitle(m.month, locale)}</h3>
          <ul className={styles.hits}>
            {m.hits.map((h) => {
              const at = dateFromJulianDay(h.exact);
              return (
                <li
                  key={`${h.transiting}|${h.natal}|${h.angle}|${h.exact}`}
                  data-testid="transit-hit"
                >
                  <time dateTime={at.toISOString()}>{formatOnClock(at, clock, locale)}</time>
                  <span>
                    <PointLabel id={h.transiting} labels={labels} />
                    {h.retrograde ? (
                      <>
                        {' '}
                        <span className={chartStyles.retro} aria-hidden="true">
                          {RETROGRADE_GLYPH}
                        </span>
                        <span className={chartStyles.srOnly}>{words.retrograde}</span>
                      </>
                    ) : null}{' '}
                    {labels.aspects[h.aspect]} {words.natal}{' '}
                    <PointLabel id={h.natal as PointId} labels={labels} />
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
