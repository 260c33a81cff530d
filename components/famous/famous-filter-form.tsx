import { getTranslations } from 'next-intl/server';
import { FAMOUS_CATEGORIES, type FamousCategory } from '@/lib/famous';
import styles from './famous.module.css';

/** Name search and category filter: a plain GET form, so it works before any script loads. */
export async function FamousFilterForm({
  locale,
  query,
  category,
}: {
  locale: string;
  query: string;
  category: FamousCategory | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'famous' });
  return (
    <form method="get" role="search" className={styles.filters} data-testid="famous-search">
      <div className="field">
        <label htmlFor="famous-q">{t('searchLabel')}</label>
        <input
          id="famous-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="famous-category">{t('categoryLabel')}</label>
        <select id="famous-category" name="category" defaultValue={category ?? ''}>
          <option value="">{t('allCategories')}</option>
          {FAMOUS_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
