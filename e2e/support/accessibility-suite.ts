import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { castChart, submitBirthForm } from './birth-form';
import { expect, test } from './test';
import { newTestUser, signUpThroughUi } from './users';

async function waitForReading(page: Page): Promise<void> {
  const main = page.locator('main');
  await expect(main.getByTestId('reading-section').first()).toBeVisible();
  await expect(main.locator('progress')).toHaveCount(0);
}

/**
 * axe on every page a person meets, in one colour scheme: the home page and its form states,
 * a chart with its reading, transits and synastry, the account pages, famous people. The
 * light scheme runs on both viewports (layout); the dark one on desktop only, since a colour
 * scheme changes colours, not layout (playwright.config.ts).
 */
export function accessibilitySuite(colorScheme: 'light' | 'dark'): void {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    // Each test visits several long pages and runs axe on each: seconds apiece on a busy runner.
    test.beforeEach(() => test.slow());

    test('home page: the birth form, its place list, its no-match note and its field errors', async ({
      page,
    }) => {
      await page.goto('/en');
      await expectNoSeriousViolations(page, 'the home page');

      const main = page.locator('main');
      await main.getByTestId('place-input').fill('Paris');
      await expect(main.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'the home page with the place list open');

      await main.getByTestId('place-input').fill('Qxqzqx');
      await expect(main.getByRole('status').getByText(/No place found/)).toBeVisible();
      await expect(main.getByTestId('place-input')).toHaveAttribute('aria-expanded', 'false');
      await expectNoSeriousViolations(page, 'the home page with no place found');

      await main.getByTestId('place-input').press('Escape');
      await main.locator('input[name=date]').fill('1990-05-15');
      await main.locator('input[name=time]').fill('14:30');
      await submitBirthForm(page);
      await expect(main.getByTestId('birth-form').getByRole('alert')).toBeVisible();
      await expectNoSeriousViolations(page, 'the home page with a field error');
    });

    test('chart page with its finished reading, transits and synastry', async ({ page }) => {
      const chartPath = await castChart(page);
      await waitForReading(page);
      await expectNoSeriousViolations(page, 'the chart page with its reading');

      await page.goto(`${chartPath}/transits`);
      await expect(page.locator('main').getByTestId('current-transits')).toBeVisible();
      await expectNoSeriousViolations(page, 'the transits page');

      await page.goto(`${chartPath}/synastry?other=${chartPath.split('/').pop()}`);
      await expect(page.locator('main').getByTestId('synastry-score')).toBeVisible();
      await expectNoSeriousViolations(page, 'the synastry page');
    });

    test('account pages, with a saved chart', async ({ page }) => {
      await signUpThroughUi(page, newTestUser('a11y'));
      await expectNoSeriousViolations(page, '/account');

      await castChart(page);
      const box = page.locator('main').getByTestId('save-chart');
      await box.getByRole('button', { name: 'Save chart' }).click();
      await expect(box.getByRole('status')).toContainText('Saved to your charts.');

      await page.goto('/en/account/charts');
      await expect(page.locator('main').getByTestId('saved-chart')).toHaveCount(1);
      await expectNoSeriousViolations(page, '/account/charts');

      await page.goto('/en/account/api-keys');
      await expectNoSeriousViolations(page, '/account/api-keys');

      await page.goto('/en/account/usage');
      await expectNoSeriousViolations(page, '/account/usage');
    });

    test('famous people: the list, a person’s chart and a comparison', async ({ page }) => {
      await page.goto('/en/famous');
      await expect(page.locator('main').getByTestId('famous-person').first()).toBeVisible();
      await expectNoSeriousViolations(page, '/famous');

      await page.goto('/en/famous/albert-einstein');
      await expect(page.locator('main').getByTestId('famous-banner')).toBeVisible();
      await waitForReading(page);
      await expectNoSeriousViolations(page, '/famous/albert-einstein');

      const hash = new URL(page.url()).pathname.split('/').pop() ?? '';
      await page.goto(`/en/famous/albert-einstein/compare/${hash}`);
      await expect(page.locator('main').getByTestId('inter-aspects')).toBeVisible();
      await expectNoSeriousViolations(page, 'the comparison with Albert Einstein');
    });
  });
}
