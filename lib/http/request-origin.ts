import { headers } from 'next/headers';
import { env } from '@/lib/config/env';

/**
 * The origin the browser used for the current page, for server components that hand the
 * browser an absolute URL derived from it (e.g. `realtimePublicUrl`). Route handlers have
 * `request.url` instead.
 */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
}

/**
 * The origin to print where a reader will copy it (curl examples): `APP_URL`'s when set, else
 * the one the browser used, so a local install shows commands that reach itself.
 */
export async function siteOrigin(): Promise<string> {
  const appUrl = env().APP_URL;
  return appUrl ? new URL(appUrl).origin : requestOrigin();
}
