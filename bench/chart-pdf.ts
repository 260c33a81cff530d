/**
 * Time and size of a chart PDF (German labels and reading, random births, a fifth without a
 * birth time): `npx tsx bench/chart-pdf.ts [N]`. The first build (font files read, code warmed)
 * is reported apart; then each chart is built once: wall and CPU time (median, p90) and size.
 * The machine is shared: CPU time is the steadier figure; compare within one run.
 */
import { performance } from 'node:perf_hooks';
import { createTranslator } from 'next-intl';
import { chartLabelsFrom, type ChartWheelTranslator } from '@/components/chart/localized-labels';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart } from '@/lib/astro/chart/types';
import { buildChartPdf } from '@/lib/chart-pdf/build-chart-pdf';
import { composeReading } from '@/lib/readings/compose';
import de from '@/messages/de.json';

const count = Number(process.argv[2] ?? 15);

let state = 7;
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

const t = createTranslator({ locale: 'de', messages: de, namespace: 'chartWheel' });
const labels = chartLabelsFrom(t as unknown as ChartWheelTranslator, {
  date: '1990-05-15',
  place: 'Paris',
});

function build(chart: Chart) {
  return buildChartPdf({
    chart,
    locale: 'de',
    labels,
    title: de.chart.title,
    details: ['Geboren am 15. Mai 1990, 14:30, Paris'],
    headings: { aspects: 'Aspekte', patterns: 'Aspektfiguren', reading: de.reading.title },
    reading: composeReading(chart, { locale: 'de' }).sections,
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const charts = Array.from({ length: count }, randomChart);
let start = performance.now();
await build(charts[0]!);
const firstMs = performance.now() - start;
const times: number[] = [];
const cpuTimes: number[] = [];
const sizes: number[] = [];
for (const chart of charts) {
  start = performance.now();
  const cpu = process.cpuUsage();
  const pdf = await build(chart);
  const used = process.cpuUsage(cpu);
  times.push(performance.now() - start);
  cpuTimes.push((used.user + used.system) / 1000);
  sizes.push(pdf.length);
}
for (const list of [times, cpuTimes, sizes]) list.sort((a, b) => a - b);
console.log(`first build (fonts read, cold code): ${firstMs.toFixed(0)} ms`);
console.log(
  `${count} PDFs: wall median ${quantile(times, 0.5).toFixed(0)} ms, p90 ${quantile(times, 0.9).toFixed(0)} ms; ` +
    `CPU median ${quantile(cpuTimes, 0.5).toFixed(0)} ms, p90 ${quantile(cpuTimes, 0.9).toFixed(0)} ms; ` +
    `size median ${(quantile(sizes, 0.5) / 1024).toFixed(0)} KB (${(sizes[0]! / 1024).toFixed(0)}–${(sizes.at(-1)! / 1024).toFixed(0)} KB)`,
);
