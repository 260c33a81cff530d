import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import type { StoredBirthData } from '@/db/schema';
import { auth } from '@/lib/auth/auth';
import { Link } from '@/lib/i18n/link';
import { getPathname } from '@/lib/i18n/navigation';
import { findSavedChartByHash } from '@/lib/saved-charts/get-saved-chart';
import { SaveChartForm, type SaveChartText } from './save-chart-form';

/**
 * The chart page's "Save this chart" box: the form for a signed-in person (prefilled with
 * what they saved before, or a name from the birth data), a sign-in link for anyone else.
 */
export async function SaveChartPanel({
  chartHash,
  birth,
  locale,
}: {
  chartHash: string;
  birth: StoredBirthData;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'savedCharts' });
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) {
    return (
      <section className="card" data-testid="save-chart" style={{ margin: '1.5rem 0' }}>
        <Link href={{ pathname: '/sign-in', query: { next: `/${locale}/chart/${chartHash}` } }}>
          {t('signInToSave')}
        </Link>
      </section>
    );
  }
  const saved = await findSavedChartByHash(db(), { userId, chartHash });
  const defaultName = t('defaultName', { place: birth.placeLabel, date: birth.date }).slice(0, 100);
  const text: SaveChartText = {
    title: t('saveTitle'),
    name: t('name'),
    tags: t('tags'),
    tagsHint: t('tagsHint'),
    save: t('save'),
    update: t('update'),
    pending: t('pending'),
    saved: t('saved'),
    alreadySaved: t('alreadySaved'),
    viewList: t('viewList'),
    errors: t.raw('errors') as Record<string, string>,
  };
  return (
    <section className="card" data-testid="save-chart" style={{ margin: '1.5rem 0' }}>
      <SaveChartForm
        chartHash={chartHash}
        locale={locale}
        listHref={getPathname({ href: '/account/charts', locale })}
        defaultName={saved?.name ?? defaultName}
        defaultTags={saved?.tags.join(', ') ?? ''}
        alreadySaved={saved !== null}
        text={text}
      />
    </section>
  );
}
