import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import { TECHNIQUE_PAGES, techniquePath } from './technique-nav';
import styles from './techniques.module.css';

/** The chart page's block of links to its technique pages. */
export async function TechniqueLinks({ hash }: { hash: string }) {
  const t = await getTranslations('techniques');
  return (
    <section aria-labelledby="technique-links-title" data-testid="technique-links">
      <h2 id="technique-links-title">{t('linkBlock.title')}</h2>
      <p className={styles.note}>{t('linkBlock.intro')}</p>
      <ul className={styles.links}>
        {TECHNIQUE_PAGES.map((page) => (
          <li key={page}>
            <Link href={techniquePath(hash, page)}>{t(`nav.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
