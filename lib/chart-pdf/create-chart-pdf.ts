import { getTranslations } from 'next-intl/server';
import { getChartLabels } from '@/components/chart/localized-labels';
import type { Database } from '@/db/client';
import type { Chart } from '@/lib/astro/chart/types';
import { birthLines } from '@/lib/charts/birth-lines';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import { documentReading } from '@/lib/readings/document-reading';
import { buildChartPdf } from './build-chart-pdf';

export interface ChartPdfFile {
  bytes: Buffer;
  /** For Content-Disposition: the birth date and the start of the hash, ASCII only. */
  filename: string;
}

function zodiacKey(zodiac: Chart['zodiac']) {
  return zodiac.kind === 'tropical' ? 'tropical' : zodiac.ayanamsa;
}

/**
 * The PDF of a stored chart with its reading, in the locale: labels from the message
 * catalogue, the reading stored or composed (`documentReading`). Throws `not_found` for an
 * unknown hash.
 *
 * @example
 * const { bytes, filename } = await createChartPdf(db(), { hash, locale: 'es' });
 */
export async function createChartPdf(
  db: Database,
  { hash, locale }: { hash: string; locale: string },
): Promise<ChartPdfFile> {
  const loaded = await loadChart(db, hash);
  if (!loaded) throw new AppError('not_found', 'No chart with that hash');
  const { chart, birth } = loaded;
  const [lines, labels, reading, t, tBirth, tReading] = await Promise.all([
    birthLines(locale, birth, chart),
    getChartLabels(locale, { date: birth.date, place: birth.placeLabel }),
    documentReading(db, chart, { chartHash: hash, locale }),
    getTranslations({ locale, namespace: 'chart' }),
    getTranslations({ locale, namespace: 'birth' }),
    getTranslations({ locale, namespace: 'reading' }),
  ]);
  const settings = t('settings', {
    system: labels.tables.houses.systems[chart.houses?.effectiveSystem ?? chart.houseSystem],
    zodiac: tBirth(`zodiacs.${zodiacKey(chart.zodiac)}`),
  });
  const bytes = await buildChartPdf({
    chart,
    locale,
    labels,
    title: t('title'),
    details: [lines.born, lines.utc, settings, ...(lines.timeUnknown ? [lines.timeUnknown] : [])],
    headings: {
      aspects: labels.tables.aspectGrid.caption,
      patterns: labels.tables.patternList.caption,
      reading: tReading('title'),
    },
    reading,
  });
  return { bytes, filename: `chart-${birth.date}-${hash.slice(0, 8)}.pdf` };
}
