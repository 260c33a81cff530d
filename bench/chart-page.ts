/**
 * Measures the reading experience against a running Orrery (`npm start`, or BASE_URL):
 * server time of a cached chart page, time to the first reading section and to the whole
 * reading, and the JavaScript the chart page ships (gzipped bytes on the wire).
 *
 *   npx tsx bench/chart-page.ts [BASE_URL]
 */
import { chromium, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const RUNS = 30;

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

async function createChart(page: Page, date: string): Promise<string> {
  await page.goto(`${BASE}/en`);
  await page.locator('input[name=date]').fill(date);
  await page.locator('input[name=time]').fill('14:30');
  await page.getByTestId('place-input').fill('Paris');
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByTestId('birth-form').locator('button[type=submit]').click();
  await page.waitForURL(/\/chart\//);
  return page.url();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

// Reading timings: a fresh chart each run, so the reading is generated, not read back.
const firstSection: number[] = [];
const wholeReading: number[] = [];
for (let i = 0; i < 5; i++) {
  const url = await createChart(page, `19${70 + i}-0${1 + (i % 9)}-1${i}`);
  const started = Date.now();
  await page.goto(url);
  await page.getByTestId('reading-section').first().waitFor();
  firstSection.push(Date.now() - started);
  await page.locator('progress').waitFor({ state: 'detached' });
  wholeReading.push(Date.now() - started);
}

// JavaScript shipped to the chart page: encoded (gzip/br) bytes of every script response.
let jsBytes = 0;
const chartUrl = page.url();
const fresh = await browser.newPage();
fresh.on('response', async (response) => {
  if (response.request().resourceType() !== 'script') return;
  const sizes = await response.request().sizes();
  jsBytes += sizes.responseBodySize;
});
await fresh.goto(chartUrl, { waitUntil: 'networkidle' });

// Server time of the cached chart page's HTML.
const html: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const res = await fetch(chartUrl, { headers: { 'accept-encoding': 'gzip' } });
  await res.arrayBuffer();
  html.push(performance.now() - started);
}
await browser.close();

console.log(
  `chart page HTML (cached chart, ${RUNS} runs): p50 ${pct(html, 0.5).toFixed(0)} ms, p95 ${pct(html, 0.95).toFixed(0)} ms`,
);
console.log(
  `first reading section after navigation: p50 ${pct(firstSection, 0.5)} ms, max ${Math.max(...firstSection)} ms`,
);
console.log(
  `whole reading after navigation: p50 ${pct(wholeReading, 0.5)} ms, max ${Math.max(...wholeReading)} ms`,
);
console.log(`JavaScript shipped to the chart page: ${(jsBytes / 1024).toFixed(1)} KB on the wire`);
