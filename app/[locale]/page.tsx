import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BirthForm } from '@/components/birth-form/birth-form';
import { Link } from '@/lib/i18n/link';
import { ClientTranslations } from '@/components/i18n/client-translations';

const FEATURES = ['Chart', 'Reading', 'Api'] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const tb = await getTranslations('birth');
  return (
    <>
      <section style={{ padding: '3rem 0 2rem', maxWidth: '44rem' }}>
        <h1 style={{ fontSize: 'clamp(2rem, 6vw, 3.2rem)', margin: 0 }}>{t('title')}</h1>
        <p style={{ fontSize: '1.15rem', color: 'var(--muted)' }}>{t('lead')}</p>
        <p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          <Link href="/sign-up" className="button">
            {t('ctaSignUp')}
          </Link>
          <Link href="/sign-in" className="button button-secondary">
            {t('ctaSignIn')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="birth-title" style={{ maxWidth: '40rem', marginBottom: '3rem' }}>
        <h2 id="birth-title">{tb('title')}</h2>
        <p className="field-hint">{tb('lead')}</p>
        <ClientTranslations>
          <BirthForm />
        </ClientTranslations>
      </section>
      <section
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
          marginBottom: '3rem',
        }}
      >
        {FEATURES.map((f) => (
          <article key={f} className="card">
            <h2 style={{ marginTop: 0 }}>{t(`feature${f}Title`)}</h2>
            <p>{t(`feature${f}Body`)}</p>
          </article>
        ))}
      </section>
    </>
  );
}
