import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { getFamous } from '@/lib/famous';
import { storeFamousChart } from '@/lib/famous/famous-chart';
import { redirect } from '@/lib/i18n/navigation';

/** A famous person's chart: stored by hash on first visit, then shown on the chart page. */
export default async function FamousPersonPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const person = getFamous(id);
  if (!person) notFound();
  const hash = await storeFamousChart(db(), person);
  redirect({ href: { pathname: `/chart/${hash}`, query: { famous: person.id } }, locale });
}
