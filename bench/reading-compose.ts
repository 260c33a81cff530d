/**
 * Milliseconds per full natal reading (all sections, English) over random births, a fifth of them
 * without a birth time: `npx tsx bench/reading-compose.ts [N]`. Charts are computed beforehand;
 * only `composeReading` is timed. The machine is shared, so the figures are process CPU time per
 * reading in the best pass, and wall-time percentiles of each reading's best of the passes.
 */
import { performance } from 'node:perf_hooks';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart } from '@/lib/astro/chart/types';
import { composeReading } from '@/lib/readings/compose';

const count = Number(process.argv[2] ?? 2000);
const PASSES = 3;
const WARM_UP = 200;

let state = 1;
function random(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
}

function randomChart(): Chart {
  return computeChart({
    utc: new Date(Date.UTC(1900, 0, 1) + random() * 150 * 365.25 * 86_400_000),
    latitude: -60 + random() * 120,
    longitude: -180 + random() * 360,
    timeUnknown: random() < 0.2,
  });
}

const charts = Array.from({ length: count }, randomChart);
for (const chart of charts.slice(0, WARM_UP)) composeReading(chart, { locale: 'en' });

const best = new Float64Array(count).fill(Infinity);
let bestCpuMs = Infinity;
for (let pass = 0; pass < PASSES; pass++) {
  const cpu = process.cpuUsage();
  charts.forEach((chart, i) => {
    const start = performance.now();
    composeReading(chart, { locale: 'en' });
    best[i] = Math.min(best[i]!, performance.now() - start);
  });
  const used = process.cpuUsage(cpu);
  bestCpuMs = Math.min(bestCpuMs, (used.user + used.system) / 1000 / count);
}
const sorted = [...best].sort((a, b) => a - b);
const at = (p: number): string => (sorted[Math.floor(p * (sorted.length - 1))] ?? 0).toFixed(3);
process.stdout.write(
  `composeReading, ${count} charts, best of ${PASSES} passes: CPU ${bestCpuMs.toFixed(3)} ms ` +
    `per full reading; wall p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms\n`,
);
