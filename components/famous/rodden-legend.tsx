import { getTranslations } from 'next-intl/server';
import { RODDEN_RATINGS } from '@/lib/famous';
import styles from './famous.module.css';

/** Every Rodden rating with its meaning, folded away under a summary. */
export async function RoddenLegend({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'famous' });
  return (
    <details className={styles.legend}>
      <summary>{t('legendTitle')}</summary>
      <dl>
        {RODDEN_RATINGS.map((rating) => (
          <div key={rating} style={{ display: 'contents' }}>
            <dt>
              <span className={styles.badge}>{rating}</span>
            </dt>
            <dd>{t(`ratings.${rating}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
