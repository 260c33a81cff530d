import { getTranslations } from 'next-intl/server';
import type { StoredBirthData } from '@/db/schema';
import { getFamous } from '@/lib/famous';
import styles from './famous.module.css';
import { RoddenBadge } from './rodden-badge';

/**
 * "Chart of Albert Einstein" above a chart opened from the famous list. The name shows only when
 * the stored birth matches the person's, so a hand-made link cannot put a name on another chart.
 */
export async function FamousChartBanner({
  famousId,
  birth,
  locale,
}: {
  famousId: string | undefined;
  birth: StoredBirthData;
  locale: string;
}) {
  const person = famousId ? getFamous(famousId) : null;
  if (!person || person.birthDate !== birth.date || person.birthTime !== birth.time) return null;
  const t = await getTranslations({ locale, namespace: 'famous' });
  const meaning = t(`ratings.${person.roddenRating}`);
  return (
    <div className={styles.banner} data-testid="famous-banner">
      <h2>{t('chartOf', { name: person.name })}</h2>
      <p className="field-hint">
        <RoddenBadge
          rating={person.roddenRating}
          description={t('ratingBadge', { rating: person.roddenRating, meaning })}
        />{' '}
        {t('chartOfNote', { rating: person.roddenRating, meaning })}
      </p>
    </div>
  );
}
