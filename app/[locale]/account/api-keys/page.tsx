import { getTranslations, setRequestLocale } from 'next-intl/server';
import { toKeyView } from '@/app/api/account/keys/key-view';
import { ApiKeysManager } from '@/components/api-keys/api-keys-manager';
import { db } from '@/db/client';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/link';
import { ClientTranslations } from '@/components/i18n/client-translations';

export default async function ApiKeysPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/api-keys`);
  const t = await getTranslations('apiKeys');
  const keys = await listApiKeys(db(), { userId: user.id });
  return (
    <section style={{ margin: '2rem 0', maxWidth: '48rem' }}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href="/account/usage">{t('usageLink')}</Link>
      </p>
      <ClientTranslations>
        <ApiKeysManager initialKeys={keys.map(toKeyView)} />
      </ClientTranslations>
    </section>
  );
}
