import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import styles from './techniques.module.css';

export const TECHNIQUE_PAGES = [
  'transits',
  'synastry',
  'composite',
  'progressions',
  'solarReturn',
] as const;
export type TechniquePage = (typeof TECHNIQUE_PAGES)[number];

const SEGMENT: Record<TechniquePage, string> = {
  transits: 'transits',
  synastry: 'synastry',
  composite: 'composite',
  progressions: 'progressions',
  solarReturn: 'solar-return',
};

/** Path of a technique page of a chart, without locale (next-intl's Link adds it). */
export function techniquePath(hash: string, page: TechniquePage): string {
  return `/chart/${hash}/${SEGMENT[page]}`;
}

/** Tabs between the natal chart and its technique pages; the current one is marked. */
export async function TechniqueNav({ hash, current }: { hash: string; current: TechniquePage }) {
  const t = await getTranslations('techniques.nav');
  return (
    <nav aria-label={t('label')} className={styles.nav}>
      <ul>
        <li>
          <Link href={`/chart/${hash}`}>{t('natal')}</Link>
        </li>
        {TECHNIQUE_PAGES.map((page) => (
          <li key={page}>
            <Link
              href={techniquePath(hash, page)}
              aria-current={page === current ? 'page' : undefined}
            >
              {t(page)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
