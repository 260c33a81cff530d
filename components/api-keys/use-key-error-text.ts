'use client';

import { useTranslations } from 'next-intl';
import type { AccountKeysError } from './account-keys-client';

/** The sentence to show for a refused request, not counting errors shown beside fields. */
export function useKeyErrorText(): (error: AccountKeysError) => string {
  const t = useTranslations('apiKeys.errors');
  return (error) => (error.code === 'unauthenticated' ? t('signedOut') : t('unknown'));
}
