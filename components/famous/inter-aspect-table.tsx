import { getFormatter, getTranslations } from 'next-intl/server';
import { PointLabel } from '@/components/chart/point-label';
import { ScrollRegion } from '@/components/chart/scroll-region';
import type { Aspect } from '@/lib/astro/aspects';
import type { AstroLabels } from '@/lib/chart-wheel/labels';
import styles from './famous.module.css';

const MAX_ROWS = 24;

/** The inter-aspects, tightest first: the person's point, the aspect, the famous point, the orb. */
export async function InterAspectTable({
  aspects,
  labels,
  name,
  locale,
}: {
  aspects: readonly Aspect[];
  labels: AstroLabels;
  name: string;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'famous.compare' });
  const format = await getFormatter({ locale });
  return (
    <section aria-labelledby="inter-aspects-title">
      <h2 id="inter-aspects-title">{t('aspectsTitle')}</h2>
      {aspects.length === 0 ? (
        <p>{t('noAspects')}</p>
      ) : (
        <ScrollRegion label={t('aspectsCaption', { name })}>
          <table className={styles.table} data-testid="inter-aspects">
            <caption>{t('aspectsCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('yours')}</th>
                <th scope="col">{t('aspect')}</th>
                <th scope="col">{t('theirs', { name })}</th>
                <th scope="col">{t('orb')}</th>
              </tr>
            </thead>
            <tbody>
              {aspects.slice(0, MAX_ROWS).map((aspect) => (
                <tr key={`${aspect.a}-${aspect.kind}-${aspect.b}`}>
                  <td>
                    <PointLabel id={aspect.a} labels={labels} />
                  </td>
                  <td>{labels.aspects[aspect.kind]}</td>
                  <td>
                    <PointLabel id={aspect.b} labels={labels} />
                  </td>
                  <td>{format.number(aspect.orb, { maximumFractionDigits: 1 })}°</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
