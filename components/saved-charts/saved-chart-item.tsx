'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { getPathname } from '@/lib/i18n/navigation';
import { DeleteSavedChartButton } from './delete-saved-chart-button';
import { EditSavedChartForm } from './edit-saved-chart-form';
import { SavedChartTags } from './saved-chart-tags';

export interface SavedChartItemData {
  id: string;
  chartHash: string;
  name: string;
  tags: string[];
  /** Already formatted birth line ("Born …"). */
  birthLine: string;
}

/**
 * One saved chart in the account list: its name (linking to its own private page), a link to
 * the public chart, edit and delete.
 */
export function SavedChartItem({ item }: { item: SavedChartItemData }) {
  const t = useTranslations('savedCharts');
  const locale = useLocale();
  const [editing, setEditing] = useState(false);

  return (
    <li className="card" data-testid="saved-chart" style={{ marginBottom: '1rem' }}>
      <h2 style={{ margin: 0 }}>
        <Link href={getPathname({ href: `/account/charts/${item.id}`, locale })}>{item.name}</Link>
      </h2>
      <p>{item.birthLine}</p>
      <SavedChartTags tags={item.tags} />
      {editing ? (
        <EditSavedChartForm
          id={item.id}
          name={item.name}
          tags={item.tags}
          onClose={() => setEditing(false)}
        />
      ) : (
        <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <Link
            href={getPathname({ href: `/chart/${item.chartHash}`, locale })}
            className="button button-secondary"
          >
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
