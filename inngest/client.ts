import { Inngest } from 'inngest';
import { logger } from '@/lib/logging/logger';

/**
 * The one Inngest client. Keys and URLs come from the same `INNGEST_*` variables that
 * `lib/config/env.ts` validates; the SDK reads them itself so this module stays importable
 * before configuration is loaded (tests, `@inngest/test`).
 */
export const inngest = new Inngest({
  id: 'orrery',
  logger: logger.child({ component: 'inngest' }),
});
