import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import type { Chart } from '@/lib/astro/chart/types';
import { famousSharing } from '@/lib/famous';
import { Link } from '@/lib/i18n/link';
import styles from './famous.module.css';
import { sharedSignsOf } from './shared-signs';

const MAX_PEOPLE = 12;

export interface FamousSharingListProps {
  chart: Chart;
  hash: string;
  locale: string;
  /** The famous person whose chart this is, left out of the list. */
  excludeId?: string | undefined;
}

async function SharingList({ chart, hash, locale, excludeId }: FamousSharingListProps) {
  const signs = sharedSignsOf(chart);
  if (!signs) return null;
  const t = await getTranslations({ locale, namespace: 'famous' });
  const matches = famousSharing(signs, {
    limit: MAX_PEOPLE,
    ...(excludeId ? { excludeId } : {}),
  });
  return (
    <section
      className={styles.sharing}
      aria-labelledby="famous-sharing-title"
      data-testid="famous-sharing"
    >
      <h2 id="famous-sharing-title">{t('sharing.title')}</h2>
      {matches.length === 0 ? (
        <p>{t('sharing.none')}</p>
      ) : (
        <ul className={styles.list}>
          {matches.map(({ person, shared }) => (
            <li key={person.id} className={styles.person}>
              <Link href={`/famous/${person.id}`} className={styles.name} prefetch={false}>
                {person.name}
              </Link>
              <p className={styles.meta}>
                {t('sharing.shares', {
                  placements: shared.map((p) => t(`sharing.placements.${p}`)).join(', '),
                })}
              </p>
              <Link
                href={`/famous/${person.id}/compare/${hash}`}
                prefetch={false}
                className={`${styles.compareLink} ${styles.name}`}
              >
                {t('sharing.compare', { name: person.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/famous">{t('sharing.browse')}</Link>
    </section>
  );
}

/**
 * Up to twelve famous people sharing the chart's Sun, Moon or Ascendant sign, with links to their
 * charts and to a comparison. Streams in after the chart: the first use computes everyone's signs.
 */
export function FamousSharingList(props: FamousSharingListProps) {
  return (
    <Suspense fallback={null}>
      <SharingList {...props} />
    </Suspense>
  );
}
