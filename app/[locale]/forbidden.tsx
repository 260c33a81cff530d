import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <section style={{ margin: '3rem 0' }} data-testid="forbidden">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/">{t('back')}</Link>
    </section>
  );
}
