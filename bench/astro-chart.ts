/**
 * Microseconds per full chart over random births, with a breakdown by stage:
 * `npx tsx bench/astro-chart.ts [COUNT] [RUNS]` (default 10,000 charts, best of 5 runs).
 */
import { formatBench, runChartBench } from '@/scripts/astro/chart-bench';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
process.stdout.write(formatBench(runChartBench({ count, seed: 1, runs })));
