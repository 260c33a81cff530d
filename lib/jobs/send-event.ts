import { inngest } from '@/inngest/client';
import type { AppEvent } from '@/inngest/events';
import { jobsMode, type JobsMode } from './jobs-mode';
import type { RunHandle } from './local-runner/local-runner';
import { localRunner } from './local-runner/process-runner';
import { parseAppEvent } from './parse-event';

export interface SendEventResult {
  mode: JobsMode;
  /** Event ids, one per event, in order. */
  ids: string[];
  /** Runs started in this process (local mode only; Inngest runs are remote). */
  runs: RunHandle[];
}

/**
 * The only way app code emits events. Validates each event against its schema, then hands
 * it to Inngest when configured (`INNGEST_EVENT_KEY` or `INNGEST_BASE_URL`), else to the
 * in-process local runner. Rejects when Inngest cannot be reached: callers whose own work
 * is already committed should log that and carry on, since cron jobs reconcile later.
 *
 * @example await sendEvent({ name: 'user/signed-up', data: { userId, at: createdAt.toISOString() } })
 * @throws AppError `validation_failed` before anything is sent.
 */
export async function sendEvent(events: AppEvent | AppEvent[]): Promise<SendEventResult> {
  const list = (Array.isArray(events) ? events : [events]).map(parseAppEvent);
  const mode = jobsMode();
  if (mode === 'inngest') {
    const { ids } = await inngest.send(list);
    return { mode, ids, runs: [] };
  }
  return { mode, ...localRunner().send(list) };
}
