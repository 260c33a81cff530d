import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <section style={{ margin: '3rem 0' }}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/">{t('back')}</Link>
    </section>
  );
}
