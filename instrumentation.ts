/** Runs once per server process: starts the in-process job runner when no Inngest is configured. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startLocalRunner } = await import('@/lib/jobs/local-runner/process-runner');
  startLocalRunner();
}
