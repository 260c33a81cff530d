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

/** User + system CPU of a process in ms, from /proc (clock ticks of 10 ms). */
export function cpuTimeMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
