import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SavedChartItem } from '@/components/saved-charts/saved-chart-item';
import { TagFilter } from '@/components/saved-charts/tag-filter';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/link';
import { listSavedCharts, listSavedChartTags } from '@/lib/saved-charts/list-saved-charts';
import { ClientTranslations } from '@/components/i18n/client-translations';

const PAGE_SIZE = 20;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export default async function SavedChartsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const tag = single(query.tag)?.slice(0, 30);
  const cursor = single(query.cursor);
  const user = await requireUser(locale, `/${locale}/account/charts`);
  const t = await getTranslations('savedCharts');
  const [page, tags] = await Promise.all([
    listSavedCharts(db(), { userId: user.id, tag, cursor, limit: PAGE_SIZE }),
    listSavedChartTags(db(), user.id),
  ]);

  return (
    <section style={{ margin: '2rem 0' }}>
      <h1>{t('listTitle')}</h1>
      {tags.length > 0 && <TagFilter locale={locale} tags={tags} current={tag} />}
      {page.items.length === 0 ? (
        <p data-testid="saved-charts-empty">{tag ? t('emptyForTag', { tag }) : t('empty')}</p>
      ) : (
        <ClientTranslations>
          <ul data-testid="saved-charts" style={{ listStyle: 'none', padding: 0 }}>
            {page.items.map((item) => (
              <SavedChartItem
                key={item.id}
                item={{
                  id: item.id,
                  chartHash: item.chartHash,
                  name: item.name,
                  tags: item.tags,
                  birthLine: t('born', {
                    date: item.birth.date,
                    time: item.birth.time ?? '—',
                    place: item.birth.placeLabel,
                  }),
                }}
              />
            ))}
          </ul>
        </ClientTranslations>
      )}
      <nav style={{ display: 'flex', gap: '1rem' }}>
        {cursor && (
          <Link href={{ pathname: '/account/charts', query: tag ? { tag } : {} }}>
            {t('firstPage')}
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={{
              pathname: '/account/charts',
              query: { ...(tag ? { tag } : {}), cursor: page.nextCursor },
            }}
          >
            {t('more')}
          </Link>
        )}
      </nav>
    </section>
  );
}
