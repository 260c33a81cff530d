import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LOCALES } from '@/lib/i18n/locales';
import { castChart } from '../support/birth-form';
import { expect, test } from '../support/test';

/** Stable paths a CI job can keep as artifacts (test-results/ is the reports folder). */
const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

async function wheelBackground(page: Page): Promise<string> {
  return page
    .locator('main [data-testid=chart-overview] svg .cw-bg')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
}

/**
 * How far the page is wider than the screen, and how far each table that is not a declared
 * scroll region (the aspect grid is one) is wider than its box.
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll('main [data-testid=chart-overview] table')];
    return {
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      tables: tables
        .filter((table) => !table.closest('[role=region]'))
        .map(
          (table) =>
            (table.parentElement?.scrollWidth ?? 0) - (table.parentElement?.clientWidth ?? 0),
        ),
    };
  });
}

test('the chart page with its reading, in light and dark, screenshotted', async ({
  page,
}, testInfo) => {
  test.slow();
  const hash = (await castChart(page)).split('/').pop() ?? '';
  const main = page.locator('main');
  await expect(main.getByTestId('reading-section').first()).toBeVisible();
  await expect(main.locator('progress')).toHaveCount(0);

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const backgrounds: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(main.getByRole('img', { name: /^Chart wheel: born 1990-05-15/ })).toBeVisible();
    backgrounds[colorScheme] = await wheelBackground(page);
    // CSS pixels: a phone's device pixel ratio would make a 45,000-pixel-tall, 6 MB image.
    const body = await page.screenshot({ fullPage: true, scale: 'css' });
    const name = `chart-${testInfo.project.name}-${colorScheme}.png`;
    await writeFile(path.join(SCREENSHOT_DIR, name), body);
    await testInfo.attach(name, { body, contentType: 'image/png' });
  }
  expect(backgrounds.light).not.toBe(backgrounds.dark);

  if (testInfo.project.name !== 'mobile') return;
  // The narrowest phones in common use: every locale's chart page fits without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/chart/${hash}`);
    await expect(main.getByTestId('chart-overview')).toBeVisible();
    const { page: pageOverflow, tables } = await overflow(page);
    expect(pageOverflow, `${locale} at 360 px: the page`).toBe(0);
    expect(tables.length, `${locale}: the positions, houses and balance tables`).toBeGreaterThan(2);
    expect(tables, `${locale} at 360 px: the tables`).toEqual(tables.map(() => 0));
  }
});
