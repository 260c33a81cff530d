import autocannon, { type Options, type Result } from 'autocannon';
import { cpuTimes, type CpuTimes } from './process-cpu';

/**
 * Load runs for bench/api.ts: a route is run in slices (autocannon runs), and its figures are
 * taken over all of them, so routes can be interleaved on a machine whose speed drifts.
 */

export interface Figures {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  refused: number;
  /** Server CPU (user + system) per answered request, in ms; null where /proc is not readable. */
  cpuMs: number | null;
  /** The same for the server's request thread alone. */
  threadCpuMs: number | null;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** One autocannon run of a route; latencies are kept per response (autocannon's summary has no p95). */
interface Slice {
  requests: number;
  seconds: number;
  latencies: number[];
  refused: number;
  /** Server CPU over the run, in ms; null without /proc. */
  cpu: CpuTimes | null;
}

export interface BenchRoute {
  name: string;
  options: Options;
  slices: Slice[];
}

export function slice(options: Options, seconds: number, pid: number | null): Promise<Slice> {
  const latencies: number[] = [];
  const cpuBefore = cpuTimes(pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { duration: seconds, ...options },
      (error: unknown, result: Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const cpuAfter = cpuTimes(pid);
        resolve({
          requests: result.requests.total,
          seconds: result.duration || seconds,
          latencies,
          refused: result.non2xx + result.errors + result.timeouts,
          cpu:
            cpuBefore === null || cpuAfter === null
              ? null
              : {
                  process: cpuAfter.process - cpuBefore.process,
                  requestThread: cpuAfter.requestThread - cpuBefore.requestThread,
                },
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
}

/** A route's figures over all its slices. */
export function figuresOf({ name, slices }: BenchRoute): Figures {
  const sorted = Float64Array.from(slices.flatMap((s) => s.latencies)).sort();
  const requests = slices.reduce((sum, s) => sum + s.requests, 0);
  const perRequest = (pick: (cpu: CpuTimes) => number) =>
    sorted.length === 0 || slices.some((s) => s.cpu === null)
      ? null
      : slices.reduce((sum, s) => sum + (s.cpu ? pick(s.cpu) : 0), 0) / sorted.length;
  return {
    name,
    rps: requests / slices.reduce((sum, s) => sum + s.seconds, 0),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    refused: slices.reduce((sum, s) => sum + s.refused, 0),
    cpuMs: perRequest((cpu) => cpu.process),
    threadCpuMs: perRequest((cpu) => cpu.requestThread),
  };
}
