import { getFormatter, getTranslations } from 'next-intl/server';
import type { StoredBirthData } from '@/db/schema';
import type { Chart } from '@/lib/astro/chart/types';

const RULE_KEY = { iana: 'ruleIana', lmt: 'ruleLmt', explicit: 'ruleExplicit' } as const;

export interface BirthLines {
  /** "Born 15 May 1990, 14:30, Paris" */
  born: string;
  /** "UT 1990-05-15 12:30:00 · time zone rules": the instant and how the local time was read. */
  utc: string;
  /** The note for a chart cast at noon, or null when the time is known. */
  timeUnknown: string | null;
}

/**
 * What the chart page and its PDF say about the birth, in the locale (server only).
 *
 * @example
 * (await birthLines('de', birth, chart)).born; // 'Geboren am 15. Mai 1990, 14:30, Paris'
 */
export async function birthLines(
  locale: string,
  birth: StoredBirthData,
  chart: Pick<Chart, 'utc'>,
): Promise<BirthLines> {
  const t = await getTranslations({ locale, namespace: 'chart' });
  const format = await getFormatter({ locale });
  const rule = RULE_KEY[birth.rule as keyof typeof RULE_KEY] ?? 'ruleIana';
  return {
    born: t('bornAt', {
      // The civil date as entered: formatted in UTC so no zone shifts its day.
      date: format.dateTime(new Date(`${birth.date}T00:00:00Z`), {
        dateStyle: 'long',
        timeZone: 'UTC',
      }),
      time: birth.time ?? '12:00',
      place: birth.placeLabel,
    }),
    utc: t('utcNote', { utc: chart.utc.replace('T', ' ').replace('.000Z', ''), rule: t(rule) }),
    timeUnknown: birth.time === null ? t('timeUnknownNote') : null,
  };
}
