import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { Link } from '@/lib/i18n/link';
import { ClientTranslations } from '@/components/i18n/client-translations';

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  return (
    <section className="card" style={{ maxWidth: 440, margin: '2rem auto' }}>
      <h1>{t('signUpTitle')}</h1>
      <ClientTranslations>
        <SignUpForm />
      </ClientTranslations>
      <p>
        {t('haveAccount')} <Link href="/sign-in">{t('submitSignIn')}</Link>
      </p>
    </section>
  );
}
