'use client';

import { useTranslations } from 'next-intl';

/** Localizes a message code from a saved-chart action, unknown codes included. */
export function useSavedChartErrorText(): (code: string | undefined) => string | undefined {
  const t = useTranslations('savedCharts.errors');
  return (code) => {
    if (!code) return undefined;
    return t.has(code) ? t(code) : t('unknown');
  };
}
