import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FamousFilterForm } from '@/components/famous/famous-filter-form';
import { FamousPersonCard } from '@/components/famous/famous-person-card';
import styles from '@/components/famous/famous.module.css';
import { RoddenLegend } from '@/components/famous/rodden-legend';
import { FamousCursorError, listFamous, searchFamous, type FamousPerson } from '@/lib/famous';
import { famousDataset } from '@/lib/famous/dataset';
import { Link } from '@/lib/i18n/link';
import { firstValues, FamousQuerySchema, type FamousQuery } from './famous-query';

const PAGE_SIZE = 24;
const SEARCH_LIMIT = 60;

function findPeople(query: FamousQuery): { people: FamousPerson[]; nextCursor: string | null } {
  if (query.q) {
    const found = searchFamous(query.q, { limit: SEARCH_LIMIT });
    const { category } = query;
    return {
      people: category ? found.filter((p) => p.categories.includes(category)) : found,
      nextCursor: null,
    };
  }
  try {
    return listFamous({ category: query.category, cursor: query.cursor, limit: PAGE_SIZE });
  } catch (error) {
    // A stale cursor (its person left the dataset or the category) restarts at the first page.
    if (error instanceof FamousCursorError)
      return listFamous({ category: query.category, limit: PAGE_SIZE });
    throw error;
  }
}

export default async function FamousPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = FamousQuerySchema.parse(firstValues(await searchParams));
  const t = await getTranslations('famous');
  const { people, nextCursor } = findPeople(query);
  const categoryQuery = query.category ? { category: query.category } : {};

  return (
    <section style={{ margin: '2rem 0' }}>
      <h1>{t('title')}</h1>
      <p>{t('intro', { count: famousDataset().people.length })}</p>
      <FamousFilterForm locale={locale} query={query.q} category={query.category} />
      <RoddenLegend locale={locale} />
      {(query.q || people.length === 0) && (
        <p role="status" data-testid="famous-count">
          {query.q && `${t('searchResultsFor', { query: query.q })} · `}
          {people.length === 0 ? t('noResults') : t('results', { count: people.length })}
        </p>
      )}
      <ul className={styles.list} data-testid="famous-list">
        {people.map((person) => (
          <FamousPersonCard key={person.id} person={person} locale={locale} />
        ))}
      </ul>
      <nav className={styles.pager}>
        {(query.cursor || query.q) && (
          <Link href={{ pathname: '/famous', query: categoryQuery }}>
            {query.q ? t('clearSearch') : t('firstPage')}
          </Link>
        )}
        {nextCursor && (
          <Link
            href={{ pathname: '/famous', query: { ...categoryQuery, cursor: nextCursor } }}
            rel="next"
          >
            {t('nextPage')}
          </Link>
        )}
      </nav>
    </section>
  );
}
