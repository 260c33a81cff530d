import { headers } from 'next/headers';

/**
 * The origin the browser used for the current page, for server components that hand the
 * browser an absolute URL derived from it (e.g. `realtimePublicUrl`). Route handlers have
 * `request.url` instead.
 */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
}
