import { getTranslations } from 'next-intl/server';

/** A plain GET form, so filtering works before (and without) JavaScript. */
export async function TagFilter({
  locale,
  tags,
  current,
}: {
  locale: string;
  tags: string[];
  current: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'savedCharts' });
  return (
    <form method="get" action={`/${locale}/account/charts`} data-testid="tag-filter">
      <div className="field">
        <label htmlFor="saved-charts-tag">{t('filterLabel')}</label>
        <select id="saved-charts-tag" name="tag" defaultValue={current ?? ''}>
          <option value="">{t('allTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('filter')}
      </button>
    </form>
  );
}
