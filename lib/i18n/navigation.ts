import { redirect as nextRedirect } from 'next/navigation';
import type { Locale } from './locales';

/** A path without locale (`/famous`), or a path and its query (undefined values left out). */
export type Href =
  string | { pathname: string; query?: Readonly<Record<string, string | undefined>> };

/**
 * The path of `href` in `locale`. Every locale is prefixed (`localePrefix: 'always'` in
 * `./routing`) and paths are not translated, so this is all next-intl's `getPathname` would
 * do here; its `createNavigation` also registers its client `Link`, which would put the
 * translation runtime in the browser bundle of every page that links.
 *
 * @example
 * getPathname({ href: { pathname: '/account/charts', query: { tag: 'x' } }, locale: 'de' });
 * // '/de/account/charts?tag=x'
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale | string }): string {
  const { pathname, query = {} } = typeof href === 'string' ? { pathname: href } : href;
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return `/${locale}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;
}

/** Redirects to `href` in `locale` (server components and actions). */
export function redirect(target: { href: Href; locale: Locale | string }): never {
  nextRedirect(getPathname(target));
}
