import { getTranslations } from 'next-intl/server';
import { auth } from '@/lib/auth/auth';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { LocaleSwitcher } from './locale-switcher';
import styles from './site-header.module.css';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const tFamous = await getTranslations({ locale, namespace: 'famous' });
  const session = await auth();
  const user = session?.user;

  return (
    <header className={`${styles.header} no-print`}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          <span aria-hidden="true">☉</span> Orrery
        </Link>
        <nav aria-label={t('home')} className={styles.nav}>
          <Link href="/famous">{tFamous('navLink')}</Link>
          {user ? (
            <>
              <Link href="/account">{t('account')}</Link>
              {user.role === 'admin' && <Link href="/admin">{t('admin')}</Link>}
              <SignOutButton label={t('signOut')} />
            </>
          ) : (
            <>
              <Link href="/sign-in">{t('signIn')}</Link>
              <Link href="/sign-up" className="button">
                {t('signUp')}
              </Link>
            </>
          )}
          <LocaleSwitcher label={t('language')} locale={locale} />
        </nav>
      </div>
    </header>
  );
}
