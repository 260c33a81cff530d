import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ApiReference } from './api-reference';
import { GuideSteps } from './guide-steps';

export const metadata: Metadata = {
  title: 'API reference · Orrery',
  description: 'The Orrery JSON API: charts, techniques, places and readings.',
};

/** The API guide (key, chart, reading, progress) above the reference generated from the contract. */
export default async function ApiDocsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <article style={{ maxWidth: 1100, margin: '2rem auto', padding: '0 1rem' }}>
      <h1>Orrery API</h1>
      <p>
        A JSON API over HTTPS. Every answer carries <code>X-Request-Id</code>; refusals are{' '}
        <code>application/problem+json</code> with a stable <code>code</code> and, for invalid
        input, one entry per field in <code>errors</code>. The machine-readable contract is{' '}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <GuideSteps locale={locale} />
      <h2>Reference</h2>
      <ApiReference specUrl="/api/v1/openapi.json" loading="Loading the reference…" />
    </article>
  );
}
