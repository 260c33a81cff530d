import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BiWheel } from '@/components/chart/bi-wheel';
import { getChartLabels } from '@/components/chart/localized-labels';
import { famousBirthText } from '@/components/famous/famous-birth';
import { InterAspectTable } from '@/components/famous/inter-aspect-table';
import { SynastryScorePanel } from '@/components/famous/synastry-score-panel';
import { db } from '@/db/client';
import { synastry } from '@/lib/astro/techniques/synastry';
import { loadChart } from '@/lib/charts/load-chart';
import { getFamous } from '@/lib/famous';
import { famousChart } from '@/lib/famous/famous-chart';
import { Link } from '@/lib/i18n/link';

/** Synastry of the chart under `hash` (inner ring) with a famous person (outer ring). */
export default async function FamousComparePage({
  params,
}: {
  params: Promise<{ locale: string; id: string; hash: string }>;
}) {
  const { locale, id, hash } = await params;
  setRequestLocale(locale);
  const person = getFamous(id);
  const loaded = person ? await loadChart(db(), hash) : null;
  if (!person || !loaded) notFound();
  const t = await getTranslations('famous.compare');
  const theirs = famousChart(person, {
    houseSystem: loaded.chart.houseSystem,
    zodiac: loaded.chart.zodiac,
  });
  const result = synastry(loaded.chart, theirs);
  // Minor aspects are not weighed in the score and crowd the drawing; the major ones tell the story.
  const aspects = result.aspects.filter((aspect) => aspect.major);
  const { wheel } = await getChartLabels(locale, {
    date: loaded.birth.date,
    place: loaded.birth.placeLabel,
  });

  return (
    <div style={{ margin: '2rem 0' }}>
      <h1>{t('title', { name: person.name })}</h1>
      <p>{t('intro', { name: person.name, born: await famousBirthText(person, locale) })}</p>
      {person.birthTime === null && <p role="note">{t('timeUnknown', { name: person.name })}</p>}
      <p>
        <Link href={`/chart/${loaded.hash}`}>{t('yourChart')}</Link> ·{' '}
        <Link href={`/famous/${person.id}`}>{t('theirChart', { name: person.name })}</Link>
      </p>
      <div data-testid="synastry-wheel" style={{ maxWidth: '40rem', margin: '1.5rem auto' }}>
        <BiWheel
          inner={loaded.chart}
          outerBodies={theirs.bodies}
          outerName={person.name}
          labels={wheel}
          theme="auto"
          aspects={aspects}
        />
      </div>
      <SynastryScorePanel score={result.score} locale={locale} />
      <InterAspectTable aspects={aspects} labels={wheel} name={person.name} locale={locale} />
    </div>
  );
}
