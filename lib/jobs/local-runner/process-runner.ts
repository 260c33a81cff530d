import { jobs } from '@/inngest';
import { logger } from '@/lib/logging/logger';
import { jobsMode } from '../jobs-mode';
import { LocalRunner } from './local-runner';

interface Holder {
  runner: LocalRunner;
  jobs: typeof jobs;
  started: boolean;
}

// On globalThis so Next's module reloading in development does not start a second
// scheduler; a reload that changed the job list swaps the runner for a fresh one.
const holder = globalThis as typeof globalThis & { __orreryJobRunner?: Holder };

/** The process-wide local runner (crons not scheduled until `startLocalRunner()`). */
export function localRunner(): LocalRunner {
  const current = holder.__orreryJobRunner;
  if (current?.jobs === jobs) return current.runner;
  if (current) void current.runner.stop();
  const runner = new LocalRunner({ jobs, logger: logger.child({ component: 'local-runner' }) });
  holder.__orreryJobRunner = { runner, jobs, started: current?.started ?? false };
  if (current?.started) runner.start();
  return runner;
}

/**
 * Boot hook for `instrumentation.ts` (Node runtime only): schedules cron jobs in this
 * process when no Inngest is configured. With Inngest configured it does nothing, since
 * Inngest calls `/api/inngest` for crons and events alike.
 *
 * @example if (process.env.NEXT_RUNTIME === 'nodejs') (await import('@/lib/jobs/local-runner/process-runner')).startLocalRunner();
 */
export function startLocalRunner(): { mode: 'inngest' | 'local' } {
  const mode = jobsMode();
  if (mode === 'inngest') {
    logger.info({ component: 'local-runner' }, 'Inngest configured; local job runner not started');
    return { mode };
  }
  const runner = localRunner();
  runner.start();
  if (holder.__orreryJobRunner) holder.__orreryJobRunner.started = true;
  return { mode };
}

/** Stops schedules and cancels waiting runs (graceful shutdown, tests). */
export async function stopLocalRunner(): Promise<void> {
  const current = holder.__orreryJobRunner;
  if (!current) return;
  current.started = false;
  await current.runner.stop();
}
