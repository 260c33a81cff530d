import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { castChart, PARIS_1990 } from '../support/birth-form';
import { newTestUser, signUpThroughUi } from '../support/users';

async function saveOpenChart(page: Page, name: string, tags: string): Promise<void> {
  const box = page.getByTestId('save-chart');
  await box.getByLabel('Name').fill(name);
  await box.getByLabel('Tags').fill(tags);
  await box.getByRole('button', { name: 'Save chart' }).click();
  await expect(box.getByRole('status')).toContainText('Saved to your charts.');
}

/** Nothing on the page shows Alice's private name or tags: text, links or form values. */
async function expectNoPrivateData(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toContainText('Grandma');
  await expect(page.locator('main')).not.toContainText('#family');
  await expect(page.locator('a[href*="tag=family"]')).toHaveCount(0);
  await expect(page.locator('input[value*="Grandma"], input[value*="family"]')).toHaveCount(0);
}

test('a signed-in person saves a chart and finds it in their list and on its own page', async ({
  page,
}) => {
  const chartPath = await castChart(page);
  const box = page.getByTestId('save-chart');
  await expect(box.getByRole('link', { name: 'Sign in to save this chart' })).toBeVisible();

  await signUpThroughUi(page, newTestUser('alice'));
  await page.goto(chartPath);
  await expect(box.getByLabel('Name')).toHaveValue(/Paris.*1990-05-15/);
  await saveOpenChart(page, 'Grandma', 'Family, paris');

  await page.goto('/en/account/charts');
  const item = page.getByTestId('saved-chart');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Grandma');
  await expect(item).toContainText('Born 1990-05-15, 14:30, Paris, Île-de-France, France');
  await expect(item.getByTestId('saved-chart-tags')).toHaveText(/#family.*#paris/);

  // The saved chart's own page: the owner's name and tags over the chart.
  await item.getByRole('link', { name: 'Grandma' }).click();
  await expect(page).toHaveURL(/\/en\/account\/charts\/[0-9a-f-]{36}$/);
  const own = page.getByTestId('saved-chart-page');
  await expect(own.getByRole('heading', { level: 1 })).toHaveText('Grandma');
  await expect(own.getByTestId('saved-chart-tags')).toHaveText(/#family.*#paris/);
  await expect(
    own.getByRole('img', { name: /^Chart wheel: born 1990-05-15, Paris/ }),
  ).toBeVisible();
  await expect(own.getByTestId('technique-links').getByRole('link')).not.toHaveCount(0);
  await own.getByRole('link', { name: 'Read the reading of this chart' }).click();
  await expect(page).toHaveURL(new RegExp(`${chartPath}#reading$`));
  await expect(page.getByTestId('reading-section').first()).toBeVisible();
  await expect(box.getByLabel('Name')).toHaveValue('Grandma');
  await expect(box.getByRole('status')).toContainText('This chart is in your saved charts.');
});

test('neither a visitor nor another user sees a saved chart, its name or its tags', async ({
  page,
}) => {
  await signUpThroughUi(page, newTestUser('alice'));
  const chartPath = await castChart(page);
  await saveOpenChart(page, 'Grandma', 'Family, paris');
  await page.goto('/en/account/charts');
  const savedPath = await page
    .getByTestId('saved-chart')
    .getByRole('link', { name: 'Grandma' })
    .getAttribute('href')
    .then((href) => href ?? '');
  expect(savedPath).toMatch(/^\/en\/account\/charts\/[0-9a-f-]{36}$/);
  const neverSaved = `/en/account/charts/${crypto.randomUUID()}`;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  // A visitor is sent to sign in, the same way for Alice's id as for one that never existed.
  for (const path of [savedPath, neverSaved]) {
    await page.goto(path);
    await expect(page).toHaveURL(
      (url) => url.pathname === '/en/sign-in' && url.searchParams.get('next') === path,
    );
    await expectNoPrivateData(page);
  }
  await page.goto(chartPath);
  await expectNoPrivateData(page);

  await signUpThroughUi(page, newTestUser('bob'));
  await page.goto('/en/account/charts');
  await expect(page.getByTestId('saved-charts-empty')).toBeVisible();
  await expectNoPrivateData(page);

  // Bob gets the same not-found page for Alice's saved chart as for an id that never existed.
  for (const path of [savedPath, neverSaved]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoPrivateData(page);
  }

  // The public chart page shows Bob the chart, never Alice's name or tags.
  await page.goto(chartPath);
  const box = page.getByTestId('save-chart');
  await expect(box.getByLabel('Name')).toHaveValue(/Paris.*1990-05-15/);
  await expect(box.getByLabel('Tags')).toHaveValue('');
  await expect(box.getByRole('button', { name: 'Save chart' })).toBeVisible();
  await expectNoPrivateData(page);
});

test('saved charts are renamed, filtered by tag and deleted after confirmation', async ({
  page,
}) => {
  await signUpThroughUi(page, newTestUser('editor'));
  await castChart(page, { ...PARIS_1990, time: '08:00' });
  await saveOpenChart(page, 'Morning', 'work');
  await castChart(page, { ...PARIS_1990, time: '20:00' });
  await saveOpenChart(page, 'Evening', 'home');

  await page.goto('/en/account/charts');
  const items = page.getByTestId('saved-chart');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Evening');

  await page.getByLabel('Filter by tag').selectOption('work');
  await page.getByTestId('tag-filter').getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/tag=work/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Morning');

  await items.first().getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByTestId('edit-saved-chart');
  await edit.getByLabel('Name').fill('');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Enter a name.');
  await edit.getByLabel('Name').fill('Sunrise');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('status')).toHaveText('Changes saved.');
  await expect(items.first().getByRole('heading')).toHaveText('Sunrise');

  await page.goto('/en/account/charts');
  const evening = items.filter({ hasText: 'Evening' });
  await evening.getByRole('button', { name: 'Delete' }).click();
  await expect(evening.getByRole('alert')).toHaveText('Delete “Evening”? This cannot be undone.');
  await evening.getByRole('button', { name: 'Cancel' }).click();
  await expect(items).toHaveCount(2);
  await evening.getByRole('button', { name: 'Delete' }).click();
  await evening.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Sunrise');
});
