import { performance } from 'node:perf_hooks';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { STAGES, timeStages, type Stage, type StageInput } from './chart-stages';
import { randomCases } from './random-cases';

export interface ChartBenchResult {
  count: number;
  seed: number;
  /** Passes over all charts; every figure is the best (lowest) of these. */
  runs: number;
  /** Process CPU time per full chart in the best pass: steady when other work shares the cores. */
  meanUs: number;
  /** Wall time per full chart in the best pass. */
  wallMeanUs: number;
  /** Percentiles of one chart's wall time, each chart's best of `runs` (pre-emption removed). */
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /**
   * Mean wall time per chart of each stage, each chart's best of `runs`; `other` is the full
   * chart's per-chart best less the stages (placements, hash, assembly).
   */
  breakdownUs: Record<Stage | 'other', number>;
}

const WARM_UP = 1000;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}

/** One pass of full charts: per-chart wall times into `best` (kept if lower), CPU and wall µs. */
function fullPass(
  inputs: readonly StageInput[],
  best: Float64Array,
): { cpu: number; wall: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    computeChart(inputs[i]!);
    const us = (performance.now() - t0) * 1000;
    if (us < best[i]!) best[i] = us;
  }
  const wall = (performance.now() - start) * 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: cpu.user + cpu.system, wall };
}

/**
 * Times full charts (14 bodies, Placidus houses, aspects, summary, hash) over `count` random
 * births 1900–2050 at latitudes −60..66, after a warm-up so the JIT has settled, in `runs` passes
 * keeping the best figures; then times the stages of the same charts the same way.
 *
 * @example
 * runChartBench({ count: 10_000, seed: 1, runs: 5 }).meanUs; // e.g. 150
 */
export function runChartBench(options: {
  count: number;
  seed: number;
  runs?: number;
}): ChartBenchResult {
  const runs = options.runs ?? 5;
  const inputs: StageInput[] = randomCases(options.count, options.seed).map((c) => ({
    jdUt: julianDayFromDate(new Date(c.utc)),
    latitude: c.lat,
    longitude: c.lon,
  }));
  const warmUp = inputs.slice(0, WARM_UP);
  fullPass(warmUp, new Float64Array(warmUp.length).fill(Infinity));
  timeStages(warmUp, 1);
  const perChart = new Float64Array(inputs.length).fill(Infinity);
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < runs; r++) {
    const pass = fullPass(inputs, perChart);
    cpu = Math.min(cpu, pass.cpu);
    wall = Math.min(wall, pass.wall);
  }
  const stages = timeStages(inputs, runs);
  const breakdown = { other: mean(perChart) } as Record<Stage | 'other', number>;
  for (const stage of STAGES) {
    breakdown[stage] = mean(stages[stage]);
    breakdown.other -= breakdown[stage];
  }
  const sorted = perChart.slice().sort();
  const n = Math.max(1, inputs.length);
  return {
    count: inputs.length,
    seed: options.seed,
    runs,
    meanUs: cpu / n,
    wallMeanUs: wall / n,
    p50Us: percentile(sorted, 0.5),
    p99Us: percentile(sorted, 0.99),
    maxUs: sorted[sorted.length - 1] ?? 0,
    breakdownUs: breakdown,
  };
}

/** A few lines for people; `--json` gives the numbers to scripts. */
export function formatBench(r: ChartBenchResult): string {
  const parts = [...STAGES, 'other' as const]
    .map((stage) => `${stage} ${r.breakdownUs[stage].toFixed(1)}`)
    .join('   ');
  return (
    `astro chart bench: ${r.count} random charts 1900–2050, latitudes −60..66 ` +
    `(14 bodies + Placidus + aspects + summary + hash), seed ${r.seed}, best of ${r.runs} runs\n` +
    `  full chart: mean ${r.meanUs.toFixed(1)} µs CPU (wall ${r.wallMeanUs.toFixed(1)} µs)   ` +
    `p50 ${r.p50Us.toFixed(1)} µs   p99 ${r.p99Us.toFixed(1)} µs   max ${r.maxUs.toFixed(0)} µs\n` +
    `  breakdown, µs per chart: ${parts}\n`
  );
}
