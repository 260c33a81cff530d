'use client';

import { useTranslations } from 'next-intl';
import type { AccountKeysError } from './account-keys-client';

const MESSAGE_OF_CODE: Record<string, 'signedOut' | 'rateLimited' | 'tooManyKeys'> = {
  unauthenticated: 'signedOut',
  rate_limited: 'rateLimited',
  api_key_limit_reached: 'tooManyKeys',
};

/** The sentence to show for a refused request, not counting errors shown beside fields. */
export function useKeyErrorText(): (error: AccountKeysError) => string {
  const t = useTranslations('apiKeys.errors');
  return (error) => t(MESSAGE_OF_CODE[error.code] ?? 'unknown');
}
