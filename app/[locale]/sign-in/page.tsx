import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeReturnPath } from '@/lib/auth/form-state';
import { Link } from '@/lib/i18n/link';
import { ClientTranslations } from '@/components/i18n/client-translations';

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next } = await searchParams;
  const t = await getTranslations('auth');
  return (
    <section className="card" style={{ maxWidth: 440, margin: '2rem auto' }}>
      <h1>{t('signInTitle')}</h1>
      <ClientTranslations>
        <SignInForm next={next ? safeReturnPath(next, '') || undefined : undefined} />
      </ClientTranslations>
      <p>
        {t('noAccount')} <Link href="/sign-up">{t('submitSignUp')}</Link>
      </p>
    </section>
  );
}
