'use client';

import { useTranslations } from 'next-intl';

/** Turns a message code from a server action into localized text, unknown codes included. */
export function useErrorText(): (code: string | undefined) => string | undefined {
  const t = useTranslations('errors');
  return (code) => {
    if (!code) return undefined;
    return t.has(code) ? t(code) : t('unknown');
  };
}
