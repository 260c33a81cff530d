import { getFormatter, getTranslations } from 'next-intl/server';
import type { CompatibilityScore } from '@/lib/astro/techniques/synastry-score';
import { scoreBand } from '@/lib/techniques-view/score-band';
import styles from './famous.module.css';

/** The compatibility score, its summary in words, and the harmony and tension it sums. */
export async function SynastryScorePanel({
  score,
  locale,
}: {
  score: CompatibilityScore;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'famous.compare' });
  const bands = await getTranslations({ locale, namespace: 'techniques.synastry.bands' });
  const format = await getFormatter({ locale });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (
    <section
      className={`card ${styles.score}`}
      aria-labelledby="synastry-score-title"
      data-testid="synastry-score"
    >
      <h2 id="synastry-score-title">{t('scoreTitle')}</h2>
      <p className={styles.scoreValue} data-testid="synastry-score-value">
        {t('scoreValue', { score: number(score.score) })}
      </p>
      <p>{bands(scoreBand(score.score))}</p>
      <p className="field-hint">
        {t('harmony', { value: number(score.harmony) })} ·{' '}
        {t('tension', { value: number(score.tension) })}
      </p>
      <p className="field-hint">{t('scoreNote')}</p>
    </section>
  );
}
