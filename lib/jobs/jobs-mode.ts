import { env, type Env } from '@/lib/config/env';

/** Who executes jobs: Inngest (Cloud or self-hosted) or the in-process local runner. */
export type JobsMode = 'inngest' | 'local';

/**
 * Inngest as soon as an event key or a base URL is configured; the local runner otherwise.
 *
 * @example jobsMode({ INNGEST_EVENT_KEY: undefined, INNGEST_BASE_URL: undefined }) // 'local'
 */
export function jobsMode(
  config: Pick<Env, 'INNGEST_EVENT_KEY' | 'INNGEST_BASE_URL'> = env(),
): JobsMode {
  return config.INNGEST_EVENT_KEY || config.INNGEST_BASE_URL ? 'inngest' : 'local';
}
