import { env } from '@/lib/config/env';

/**
 * Where browsers connect: `REALTIME_PUBLIC_URL` when set, otherwise the host the browser
 * already used for the page, on `REALTIME_PORT`.
 *
 * @example realtimePublicUrl('https://orrery.test/en/charts') // 'https://orrery.test:3001' (unset env)
 */
export function realtimePublicUrl(requestUrl: string | URL): string {
  const config = env();
  if (config.REALTIME_PUBLIC_URL) return config.REALTIME_PUBLIC_URL;
  const url = new URL(requestUrl);
  url.port = String(config.REALTIME_PORT);
  return url.origin;
}
