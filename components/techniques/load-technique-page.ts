import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getChartLabels } from '@/components/chart/localized-labels';
import { db } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';

/**
 * What every technique page starts from: the natal chart of the URL's hash (404 when there
 * is none), the page's translations and the localized wheel and table labels.
 */
export async function loadTechniquePage(params: Promise<{ locale: string; hash: string }>) {
  const { locale, hash } = await params;
  setRequestLocale(locale);
  const loaded = await loadChart(db(), hash);
  if (!loaded) notFound();
  const [t, tChart, labels] = await Promise.all([
    getTranslations('techniques'),
    getTranslations('chart'),
    getChartLabels(locale, { date: loaded.birth.date, place: loaded.birth.placeLabel }),
  ]);
  return { locale, ...loaded, t, tChart, ...labels };
}
