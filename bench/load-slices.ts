import autocannon, { type Options, type Result } from 'autocannon';
import { cpuTimeMs } from './process-cpu';

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
  /** Server CPU (user + system, all threads) over the run, in ms; null without /proc. */
  cpuMs: number | null;
}

export interface BenchRoute {
  name: string;
  options: Options;
  slices: Slice[];
}

export function slice(options: Options, seconds: number, pid: number | null): Promise<Slice> {
  const latencies: number[] = [];
  const cpuBefore = cpuTimeMs(pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { duration: seconds, ...options },
      (error: unknown, result: Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const cpuAfter = cpuTimeMs(pid);
        resolve({
          requests: result.requests.total,
          seconds: result.duration || seconds,
          latencies,
          refused: result.non2xx + result.errors + result.timeouts,
          cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
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
  const cpu = slices.some((s) => s.cpuMs === null)
    ? null
    : slices.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0);
  return {
    name,
    rps: requests / slices.reduce((sum, s) => sum + s.seconds, 0),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    refused: slices.reduce((sum, s) => sum + s.refused, 0),
    cpuMs: cpu === null || sorted.length === 0 ? null : cpu / sorted.length,
  };
}
