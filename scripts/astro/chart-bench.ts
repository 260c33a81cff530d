import { performance } from 'node:perf_hooks';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { randomCases } from './random-cases';

export interface ChartBenchResult {
  count: number;
  seed: number;
  totalMs: number;
  meanUs: number;
  /** Process CPU time per chart: steadier than wall time when other work shares the cores. */
  cpuUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
}

const WARM_UP = 500;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Times full charts (14 bodies, Placidus houses, aspects, hash) over `count` random births
 * 1900–2050 at latitudes −60..66, after a warm-up so the JIT has settled.
 *
 * @example
 * runChartBench({ count: 10_000, seed: 1 }).meanUs; // e.g. 180
 */
export function runChartBench(options: { count: number; seed: number }): ChartBenchResult {
  const inputs = randomCases(options.count, options.seed).map((c) => ({
    jdUt: julianDayFromDate(new Date(c.utc)),
    latitude: c.lat,
    longitude: c.lon,
  }));
  for (let i = 0; i < Math.min(WARM_UP, inputs.length); i++) computeChart(inputs[i]!);
  const times = new Float64Array(inputs.length);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  inputs.forEach((input, i) => {
    const t0 = performance.now();
    computeChart(input);
    times[i] = (performance.now() - t0) * 1000;
  });
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: inputs.length,
    seed: options.seed,
    totalMs,
    meanUs: (totalMs * 1000) / inputs.length,
    cpuUs: (cpu.user + cpu.system) / inputs.length,
    p50Us: percentile(sorted, 0.5),
    p99Us: percentile(sorted, 0.99),
    maxUs: sorted[sorted.length - 1] ?? 0,
  };
}

/** One line for people, the numbers for scripts. */
export function formatBench(r: ChartBenchResult): string {
  return (
    `astro chart bench: ${r.count} charts (14 bodies + Placidus + aspects), seed ${r.seed}\n` +
    `  mean ${r.meanUs.toFixed(1)} µs/chart (CPU ${r.cpuUs.toFixed(1)} µs)   p50 ${r.p50Us.toFixed(1)} µs   p99 ${r.p99Us.toFixed(1)} µs   max ${r.maxUs.toFixed(0)} µs   total ${r.totalMs.toFixed(0)} ms\n`
  );
}
