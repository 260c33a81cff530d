import { db } from '@/db/client';
import { userSignedUp } from '@/inngest/events';
import { refreshSignupRollup } from '@/lib/analytics/signup-rollup';
import { recordAudit } from '@/lib/audit/record-audit';
import { defineFunction } from '@/lib/jobs/define-function';
import { publish } from '@/lib/realtime/publish';
import { adminRoom } from '@/lib/realtime/rooms';

/**
 * After a sign-up: audit it (once, whatever the retries), refresh that day's count, and
 * tell the admin dashboard. Every step is idempotent, so a replay does no harm.
 */
export const recordSignup = defineFunction(
  { id: 'record-signup', name: 'Record a sign-up', triggers: [userSignedUp], retries: 3 },
  async ({ event, step }) => {
    const { userId, at } = event.data;
    await step.run('record-audit', () =>
      recordAudit(db(), {
        action: 'user.signed_up',
        actorId: userId,
        subject: `user:${userId}`,
        dedupeKey: `signup:${userId}`,
        at: new Date(at),
      }),
    );
    const [day] = await step.run('refresh-signup-rollup', () =>
      refreshSignupRollup(db(), { days: 1, now: new Date(at) }),
    );
    // A failed publish is returned, not thrown: the dashboard also reads the rollup itself.
    const notified = await step.run('notify-admins', () =>
      publish(adminRoom(), 'signup', { day: day?.day, count: day?.count }),
    );
    return { day: day?.day, count: day?.count, notified: notified.ok };
  },
);
