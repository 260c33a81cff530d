'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { DeleteSavedChartButton } from './delete-saved-chart-button';
import { EditSavedChartForm } from './edit-saved-chart-form';

export interface SavedChartItemData {
  id: string;
  chartHash: string;
  name: string;
  tags: string[];
  /** Already formatted birth line ("Born …"). */
  birthLine: string;
}

/** One saved chart in the account list: what it is, a link to it, edit and delete. */
export function SavedChartItem({ item }: { item: SavedChartItemData }) {
  const t = useTranslations('savedCharts');
  const [editing, setEditing] = useState(false);

  return (
    <li className="card" data-testid="saved-chart" style={{ marginBottom: '1rem' }}>
      <h2 style={{ margin: 0 }}>
        <Link href={`/chart/${item.chartHash}`}>{item.name}</Link>
      </h2>
      <p>{item.birthLine}</p>
      {item.tags.length > 0 && (
        <ul
          aria-label={t('tags')}
          data-testid="saved-chart-tags"
          style={{ display: 'flex', gap: '0.5rem', listStyle: 'none', padding: 0 }}
        >
          {item.tags.map((tag) => (
            <li key={tag}>
              <Link href={{ pathname: '/account/charts', query: { tag } }}>#{tag}</Link>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <EditSavedChartForm
          id={item.id}
          name={item.name}
          tags={item.tags}
          onClose={() => setEditing(false)}
        />
      ) : (
        <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <Link href={`/chart/${item.chartHash}`} className="button button-secondary">
            {t('open')}
          </Link>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setEditing(true)}
          >
            {t('edit')}
          </button>
          <DeleteSavedChartButton id={item.id} name={item.name} />
        </p>
      )}
    </li>
  );
}
