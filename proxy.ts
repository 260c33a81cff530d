import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';

const intl = createIntlMiddleware(routing);

const PROTECTED = /^\/[a-z]{2}\/(account|admin)(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function realtimeOrigin(request: NextRequest): string {
  if (process.env.REALTIME_PUBLIC_URL) return process.env.REALTIME_PUBLIC_URL;
  const port = process.env.REALTIME_PORT ?? '3001';
  return `${request.nextUrl.protocol}//${request.nextUrl.hostname}:${port}`;
}

/**
 * Pages only (API routes are outside the matcher): a CSP nonce per request, locale routing,
 * and a cheap gate that sends visitors without a session cookie to sign-in. The pages
 * themselves check the session and role against the database.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PROTECTED.test(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const locale = pathname.slice(1, 3);
    const target = new URL(`/${locale}/sign-in`, request.url);
    target.searchParams.set('next', pathname);
    return NextResponse.redirect(target);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy({
    nonce,
    realtimeOrigin: realtimeOrigin(request),
    dev: process.env.NODE_ENV !== 'production',
  });
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', csp);
  const response = intl(request);
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
