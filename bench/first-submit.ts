/**
 * The first visitor after a server start: how long the birth form's steps take on a server that
 * has served nothing yet. Run it right after `npm start` (or BASE_URL); a second run shows the
 * warm figures to compare with.
 *
 *   npx tsx bench/first-submit.ts [BASE_URL]
 *
 * Three steps, each timed from the person's action: the home page (navigation start to load),
 * the place search (typing to the first suggestion) and the submit (click to the chart page's
 * first reading section).
 */
import { chromium } from '@playwright/test';

const BASE = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
// A birth nobody asked for before, so the chart is computed and stored by this submit.
const day = 1 + Math.floor(Math.random() * 28);
const date = `1961-03-${String(day).padStart(2, '0')}`;

let started = performance.now();
await page.goto(`${BASE}/en`, { waitUntil: 'load' });
const home = performance.now() - started;

await page.locator('input[name=date]').fill(date);
await page.locator('input[name=time]').fill(`0${Math.floor(Math.random() * 10)}:17`);
started = performance.now();
await page.getByTestId('place-input').fill('Lyon');
const option = page.getByRole('listbox').getByRole('option').first();
await option.waitFor({ timeout: 60_000 });
const search = performance.now() - started;
await option.click();

started = performance.now();
await page.getByTestId('birth-form').locator('button[type=submit]').click();
await page.waitForURL(/\/chart\//, { timeout: 60_000 });
await page.getByTestId('reading-section').first().waitFor({ timeout: 60_000 });
const submit = performance.now() - started;
await browser.close();

const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(`home page ${ms(home)}, place search ${ms(search)}, submit to reading ${ms(submit)}`);
