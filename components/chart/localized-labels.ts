import { getTranslations } from 'next-intl/server';
import type { AstroLabels, WheelLabels, WheelTemplates } from '@/lib/chart-wheel/labels';
import type { ChartTableLabels } from './table-labels';

/** The table texts as the catalogue holds them: marks only for the motions that have one. */
type TableMessages = Omit<ChartTableLabels, keyof AstroLabels | 'aspectGrid'> & {
  aspectGrid: Omit<ChartTableLabels['aspectGrid'], 'motionMarks'> & {
    motionMarks: Pick<ChartTableLabels['aspectGrid']['motionMarks'], 'applying' | 'separating'>;
  };
};

/** What the wheel's accessible name says about the chart. */
// A type alias, not an interface: next-intl wants values with an index signature.
export type WheelTitleValues = { date: string; place: string };

/** The part of a next-intl translator for the `chartWheel` namespace that the labels need. */
export interface ChartWheelTranslator {
  (key: 'title', values: WheelTitleValues): string;
  raw(key: 'astro' | 'templates' | 'tables'): unknown;
}

export interface ChartLabels {
  wheel: WheelLabels;
  tables: ChartTableLabels;
}

/**
 * Builds the wheel's and the tables' labels from the `chartWheel` messages. Templates are read
 * raw so that their `{placeholders}` reach the chart code unformatted.
 *
 * @example
 * const t = createTranslator({ locale: 'de', messages, namespace: 'chartWheel' });
 * chartLabelsFrom(t, { date: '1990-05-15', place: 'Paris' }).wheel.bodies.sun; // 'Sonne'
 */
export function chartLabelsFrom(t: ChartWheelTranslator, title: WheelTitleValues): ChartLabels {
  // The catalogue mirrors AstroLabels, WheelTemplates and TableMessages key for key
  // (messages/messages.test.ts keeps every locale complete).
  const astro = t.raw('astro') as AstroLabels;
  const templates = t.raw('templates') as WheelTemplates;
  const tables = t.raw('tables') as TableMessages;
  return {
    wheel: { ...astro, title: t('title', title), templates },
    tables: {
      ...astro,
      ...tables,
      aspectGrid: {
        ...tables.aspectGrid,
        // Exact and fixed aspects carry no mark after the orb, in any language.
        motionMarks: { ...tables.aspectGrid.motionMarks, exact: '', fixed: '' },
      },
    },
  };
}

/** The chart labels in the request's locale (server components only). */
export async function getChartLabels(
  locale: string,
  title: WheelTitleValues,
): Promise<ChartLabels> {
  const t = await getTranslations({ locale, namespace: 'chartWheel' });
  return chartLabelsFrom(t, title);
}
