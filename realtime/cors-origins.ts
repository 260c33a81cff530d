import type { Env } from '@/lib/config/env';

/**
 * Origins the app is served from, which are the only pages that should open a
 * long-polling session: `APP_URL` when set, otherwise the local app on `PORT`.
 *
 * @example appOrigins({ APP_URL: 'https://orrery.example/en', PORT: 3000 }) // ['https://orrery.example']
 */
export function appOrigins(config: Pick<Env, 'APP_URL' | 'PORT'>): string[] {
  if (config.APP_URL) return [new URL(config.APP_URL).origin];
  return [`http://localhost:${config.PORT}`, `http://127.0.0.1:${config.PORT}`];
}
