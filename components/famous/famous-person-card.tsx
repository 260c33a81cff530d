import { getTranslations } from 'next-intl/server';
import type { FamousPerson } from '@/lib/famous';
import { famousPlaceLabel } from '@/lib/famous/famous-chart';
import { Link } from '@/lib/i18n/link';
import { famousBirthText } from './famous-birth';
import styles from './famous.module.css';
import { RoddenBadge } from './rodden-badge';

/**
 * One person of the browse list: name linking to their chart, birth data, rating, categories.
 * Not prefetched: opening the link stores the chart.
 */
export async function FamousPersonCard({
  person,
  locale,
}: {
  person: FamousPerson;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'famous' });
  const rating = t('ratingBadge', {
    rating: person.roddenRating,
    meaning: t(`ratings.${person.roddenRating}`),
  });
  return (
    <li className={styles.person} data-testid="famous-person">
      <Link
        href={`/famous/${person.id}`}
        prefetch={false}
        className={styles.name}
        aria-label={t('openChart', { name: person.name })}
      >
        {person.name}
      </Link>
      <p className={styles.meta}>
        {await famousBirthText(person, locale)} · {famousPlaceLabel(person)}{' '}
        <RoddenBadge rating={person.roddenRating} description={rating} />
      </p>
      <ul className={styles.tags} aria-label={t('categoriesLabel')}>
        {person.categories.map((category) => (
          <li key={category} className={styles.tag}>
            {t(`categories.${category}`)}
          </li>
        ))}
      </ul>
    </li>
  );
}
