import { describe, expect, it } from 'vitest';
import { getPathname } from './navigation';

describe('getPathname', () => {
  it('prefixes the locale', () => {
    expect(getPathname({ href: '/famous', locale: 'es' })).toBe('/es/famous');
  });

  it('gives the locale root for the home page', () => {
    expect(getPathname({ href: '/', locale: 'fr' })).toBe('/fr');
  });

  it('adds the query, encoded, and leaves out undefined values', () => {
    expect(
      getPathname({
        href: { pathname: '/sign-in', query: { next: '/en/chart/abc?famous=x y' } },
        locale: 'de',
      }),
    ).toBe('/de/sign-in?next=%2Fen%2Fchart%2Fabc%3Ffamous%3Dx+y');
    expect(
      getPathname({ href: { pathname: '/famous', query: { category: undefined } }, locale: 'pt' }),
    ).toBe('/pt/famous');
  });
});
