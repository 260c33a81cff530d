import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The pid of the process listening on the server's port (Linux `ss`), so each run can read the
 * server's CPU time: CPU per request does not depend on what else the machine is doing, unlike
 * req/s, and it bounds the throughput a quiet machine would reach.
 */
export function listeningPid(base: string): number | null {
  try {
    const port = new URL(base).port || '80';
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const pid = /pid=(\d+)/.exec(out)?.[1];
    return pid ? Number(pid) : null;
  } catch {
    return null;
  }
}

/** User + system CPU in ms, of the whole process (all threads) and of its main thread. */
export interface CpuTimes {
  process: number;
  /** Node's event loop, where Next serves every request: the one thread a route cannot outgrow. */
  requestThread: number;
}

/** A process's CPU times from /proc (clock ticks of 10 ms), or null where /proc is not readable. */
export function cpuTimes(pid: number | null): CpuTimes | null {
  if (pid === null) return null;
  try {
    return {
      process: ticksMs(`/proc/${pid}/stat`),
      requestThread: ticksMs(`/proc/${pid}/task/${pid}/stat`),
    };
  } catch {
    return null;
  }
}

function ticksMs(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
