import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
}

const NODE = process.execPath;

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function runToCompletion(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Starts long-running children and ties their fates together: when one dies or we get
 * SIGINT/SIGTERM, all are stopped (SIGTERM, then SIGKILL after a grace period).
 */
export class Supervisor {
  private readonly processes: ManagedProcess[] = [];
  private stopping = false;

  constructor(private readonly onStop: (code: number) => Promise<void> | void) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => void this.stop(0));
    }
  }

  start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(NODE, args, { stdio: 'inherit', env });
    this.processes.push({ name, child });
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      console.error(`\n${name} exited (${signal ?? `code ${code}`}); stopping everything.`);
      void this.stop(code || 1);
    });
    return child;
  }

  async stop(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.all(
      this.processes.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 8_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await this.onStop(code);
    process.exit(code);
  }
}

/** Polls a URL until it answers 200, or throws after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (res.ok) return;
      last = `${res.status} ${await res.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms: ${last}`);
}
