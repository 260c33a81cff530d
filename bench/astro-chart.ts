/** Microseconds per full chart over 10,000 random births: `npx tsx bench/astro-chart.ts [N]`. */
import { formatBench, runChartBench } from '@/scripts/astro/chart-bench';

const count = Number(process.argv[2] ?? 10_000);
process.stdout.write(formatBench(runChartBench({ count, seed: 1 })));
