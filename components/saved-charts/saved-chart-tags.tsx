import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/lib/i18n/navigation';

/** A saved chart's tags, each a link to the list filtered by it. Nothing when it has none. */
export function SavedChartTags({ tags }: { tags: string[] }) {
  const t = useTranslations('savedCharts');
  const locale = useLocale();
  if (tags.length === 0) return null;
  return (
    <ul
      aria-label={t('tags')}
      data-testid="saved-chart-tags"
      style={{ display: 'flex', gap: '0.5rem', listStyle: 'none', padding: 0 }}
    >
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={getPathname({ href: { pathname: '/account/charts', query: { tag } }, locale })}
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
