import { getFormatter, getTranslations } from 'next-intl/server';
import type { FamousPerson } from '@/lib/famous';

/** "14 March 1879 at 11:30" or "7 November 1867, time unknown", in the locale. */
export async function famousBirthText(person: FamousPerson, locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'famous' });
  const format = await getFormatter({ locale });
  // A civil date, not an instant: formatted at UTC midnight so no zone shifts the day.
  const date = format.dateTime(new Date(`${person.birthDate}T00:00:00Z`), {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return person.birthTime === null
    ? t('bornNoTime', { date })
    : t('born', { date, time: person.birthTime });
}
