import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/link';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations('account');
  const format = await getFormatter();
  const apiKeys = await getTranslations('apiKeys');
  const apiUsage = await getTranslations('apiUsage');
  return (
    <section style={{ margin: '2rem 0' }}>
      <h1>{t('title')}</h1>
      <dl className="card" data-testid="account-details">
        <dt>{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('role')}</dt>
        <dd>{t(`roles.${user.role === 'admin' ? 'admin' : 'user'}`)}</dd>
      </dl>
      <p className="field-hint">
        {t('memberSince', { date: format.dateTime(user.createdAt, { dateStyle: 'long' }) })}
      </p>
      <p>
        <Link href="/account/charts">{t('savedChartsLink')}</Link>
      </p>
      <p>
        <Link href="/account/api-keys">{apiKeys('accountLink')}</Link>
      </p>
      <p>
        <Link href="/account/usage">{apiUsage('accountLink')}</Link>
      </p>
    </section>
  );
}
