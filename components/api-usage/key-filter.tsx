import { getTranslations } from 'next-intl/server';
import styles from './usage.module.css';

/** A plain GET form, so filtering works before (and without) any JavaScript. */
export async function KeyFilter({
  keys,
  selected,
}: {
  keys: { id: string; name: string; prefix: string }[];
  selected: string | undefined;
}) {
  const t = await getTranslations('apiUsage');
  return (
    <form method="get" className={styles.filter} data-testid="usage-filter">
      <div className="field">
        <label htmlFor="usage-key">{t('filterLabel')}</label>
        <select id="usage-key" name="key" defaultValue={selected ?? ''}>
          <option value="">{t('allKeys')}</option>
          {keys.map((key) => (
            <option key={key.id} value={key.id}>
              {key.name} ({key.prefix}…)
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('show')}
      </button>
    </form>
  );
}
