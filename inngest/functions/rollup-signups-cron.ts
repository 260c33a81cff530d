import { cron } from 'inngest';
import { db } from '@/db/client';
import { refreshSignupRollup } from '@/lib/analytics/signup-rollup';
import { defineFunction } from '@/lib/jobs/define-function';

/** Days recomputed on each tick: late-committed sign-ups and deletions settle within this. */
export const ROLLUP_WINDOW_DAYS = 3;

/** Reconciles the sign-up rollup every 15 minutes, whatever events were missed. */
export const rollupSignupsCron = defineFunction(
  {
    id: 'rollup-signups-cron',
    name: 'Recompute recent sign-up counts',
    triggers: [cron('*/15 * * * *')],
    retries: 2,
  },
  async ({ step }) => {
    const days = await step.run('refresh-signup-rollup', () =>
      refreshSignupRollup(db(), { days: ROLLUP_WINDOW_DAYS }),
    );
    return { days: days.length, total: days.reduce((sum, d) => sum + d.count, 0) };
  },
);
