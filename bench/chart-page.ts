/**
 * Measures the reading experience against a running Orrery (`npm start`, or BASE_URL):
 * server time of a cached chart page, time to the first reading section and to the whole
 * reading, and the JavaScript the chart page ships (gzipped bytes on the wire).
 *
 *   npx tsx bench/chart-page.ts [BASE_URL]
 *
 * Times are taken inside the browser, in the frame where the thing is visible: the first
 * section is the first `reading-section` element that is rendered (not hidden, e.g. in a
 * streamed Suspense chunk waiting to be revealed), the whole reading is the first frame
 * with sections and no progress bar. Three ways a person meets a reading:
 * - submit: from clicking "show chart" on the birth form (the chart is created and its
 *   reading started by that request) to the section on the chart page;
 * - open: from navigation start of a chart page whose reading nobody asked for yet (another
 *   language of a fresh chart), so the page's own request starts the writing;
 * - reload: from navigation start of a chart page whose reading is stored.
 */
import { chromium, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const RUNS = 30;
const READINGS = 5;

interface Marks {
  first?: number;
  whole?: number;
  /** First contentful paint of the document (hard navigations only). */
  paint?: number;
}
declare global {
  interface Window {
    __readingMarks: Marks;
  }
}

/**
 * Runs in every document before its own scripts: notes when the reading becomes visible.
 * Plain JavaScript in a string, since tsx would wrap a function's inner helpers in `__name`,
 * which the page does not have.
 */
const WATCH_READING = `
  const marks = (window.__readingMarks = {});
  const look = () => {
    const visible = [...document.querySelectorAll('[data-testid="reading-section"]')]
      .some((el) => el.checkVisibility());
    if (!visible) return;
    // The frame that paints this DOM: its start time is when the person sees it.
    if (marks.first === undefined) requestAnimationFrame((t) => (marks.first ??= t));
    if (marks.whole === undefined && !document.querySelector('[data-testid="reading"] progress')) {
      requestAnimationFrame((t) => (marks.whole ??= t));
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
`;

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

async function fillBirthForm(page: Page, date: string) {
  await page.goto(`${BASE}/en`);
  await page.locator('input[name=date]').fill(date);
  await page.locator('input[name=time]').fill('14:30');
  await page.getByTestId('place-input').fill('Paris');
  await page.getByRole('listbox').getByRole('option').first().click();
}

async function readingMarks(page: Page): Promise<Required<Marks>> {
  await page.waitForFunction(() => window.__readingMarks.whole !== undefined, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => ({
    ...(window.__readingMarks as Required<Marks>),
    // The page's own first paint, to tell the reading's delay from the page's.
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.addInitScript({ content: WATCH_READING });

const timings = { submit: [] as Marks[], open: [] as Marks[], reload: [] as Marks[] };
let chartUrl = '';
for (let i = 0; i < READINGS; i++) {
  await fillBirthForm(page, `19${70 + i}-0${1 + (i % 9)}-1${i}`);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByTestId('birth-form').locator('button[type=submit]').click();
  await page.waitForURL(/\/chart\//);
  const submitted = await readingMarks(page);
  timings.submit.push({ first: submitted.first - clicked, whole: submitted.whole - clicked });
  chartUrl = page.url();

  await page.goto(chartUrl.replace('/en/', '/de/'));
  timings.open.push(await readingMarks(page));

  await page.goto(chartUrl);
  timings.reload.push(await readingMarks(page));
}

// JavaScript shipped to the chart page: encoded (gzip/br) bytes of every script response.
let jsBytes = 0;
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

const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(
  `chart page HTML (cached chart, ${RUNS} runs): p50 ${ms(pct(html, 0.5))}, p95 ${ms(pct(html, 0.95))}`,
);
for (const [kind, marks] of Object.entries(timings)) {
  const first = marks.map((m) => m.first!);
  const whole = marks.map((m) => m.whole!);
  const paint = marks.map((m) => m.paint).filter((v): v is number => v !== undefined);
  console.log(
    `${kind.padEnd(6)} (${READINGS} readings): first section p50 ${ms(pct(first, 0.5))}, max ${ms(Math.max(...first))}; ` +
      `whole reading p50 ${ms(pct(whole, 0.5))}, max ${ms(Math.max(...whole))}` +
      (paint.length > 0 ? `; page's first paint p50 ${ms(pct(paint, 0.5))}` : ''),
  );
}
console.log(`JavaScript shipped to the chart page: ${(jsBytes / 1024).toFixed(1)} KB on the wire`);
