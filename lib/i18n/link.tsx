import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname, type Href } from './navigation';
import type { Locale } from './locales';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & {
  /** A path without locale (`/famous`), or `{ pathname, query }`. */
  href: Href;
  locale?: Locale;
};

/**
 * `next/link` to a path in the request's locale. A server component, unlike next-intl's `Link`
 * (a client component reading the locale from its provider), so pages without client
 * translations ship no i18n code to the browser.
 */
export async function Link({ href, locale, ...rest }: LinkProps) {
  return <NextLink href={getPathname({ href, locale: locale ?? (await getLocale()) })} {...rest} />;
}
