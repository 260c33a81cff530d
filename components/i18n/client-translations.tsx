import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientMessages } from '@/lib/i18n/client-messages';

/**
 * Gives the client components inside it their translations (`useTranslations`). Only pages
 * with such components wrap them in it, so the others (the chart page) ship no translation
 * runtime to the browser.
 */
export async function ClientTranslations({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages())}>
      {children}
    </NextIntlClientProvider>
  );
}
