import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { siteOrigin } from '@/lib/http/request-origin';
import { ApiReference } from './api-reference';
import { GuideSteps } from './guide-steps';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'apiDocs' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

/** The API guide (key, chart, reading, progress) above the reference generated from the contract. */
export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'apiDocs' });
  return (
    <article style={{ maxWidth: 1100, margin: '2rem auto', padding: '0 1rem' }}>
      <h1>{t('title')}</h1>
      <p>
        {t.rich('intro', {
          code: (chunks) => <code>{chunks}</code>,
          contract: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>,
        })}
      </p>
      <GuideSteps locale={locale} origin={await siteOrigin()} t={t} />
      <h2>{t('reference')}</h2>
      <ApiReference specUrl="/api/v1/openapi.json" loading={t('loading')} />
    </article>
  );
}
