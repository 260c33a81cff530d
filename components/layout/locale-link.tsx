'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A link to the current page (path and query) in another locale. A client component only so
 * the address follows in-app navigations: the layout that holds it is not rendered again on
 * those. The server renders it with the request's address, so it works without scripts.
 */
export function LocaleLink({
  locale,
  current,
  children,
}: {
  locale: string;
  current: boolean;
  children: ReactNode;
}) {
  const rest = usePathname().replace(/^\/[^/]+/, '');
  const query = useSearchParams().toString();
  return (
    <a
      href={`/${locale}${rest}${query ? `?${query}` : ''}`}
      hrefLang={locale}
      lang={locale}
      aria-current={current ? 'true' : undefined}
    >
      {children}
    </a>
  );
}
