import { castChart, PARIS_1990 } from '../support/birth-form';
import { expect, test } from '../support/test';

test('search finds Einstein and opens his chart with his name and the sharing list', async ({
  page,
}) => {
  await page.goto('/en');
  await page.getByRole('banner').getByRole('link', { name: 'Famous people' }).click();
  await expect(page).toHaveURL(/\/en\/famous$/);
  const search = page.getByTestId('famous-search');
  await search.getByLabel('Name').fill('einstein');
  await search.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/q=einstein/);
  const einstein = page.getByTestId('famous-person').filter({ hasText: 'Albert Einstein' });
  await expect(einstein).toHaveCount(1);
  await expect(einstein).toContainText('March 14, 1879 at 11:30');
  await expect(einstein.getByTestId('rodden-badge')).toContainText('AA');
  await expect(einstein.getByRole('listitem')).toHaveText(['Science']);

  await einstein.getByRole('link', { name: 'Open the chart of Albert Einstein' }).click();
  await expect(page).toHaveURL(/\/en\/chart\/[A-Za-z0-9_-]{16}\?famous=albert-einstein$/);
  await expect(page.getByTestId('famous-banner')).toContainText('Chart of Albert Einstein');
  await expect(page.getByTestId('birth-summary')).toContainText('Ulm');
  const sharing = page.getByTestId('famous-sharing');
  await expect(sharing.getByRole('heading')).toHaveText(
    'Famous people who share your Sun, Moon or Ascendant',
  );
  await expect(sharing.getByRole('listitem').first()).toContainText('Shares:');
  await expect(sharing.getByRole('listitem')).toHaveCount(12);
  await expect(sharing.getByText('Albert Einstein', { exact: true })).toHaveCount(0);
});

test('the category filter pages through one category', async ({ page }) => {
  await page.goto('/en/famous');
  const search = page.getByTestId('famous-search');
  await search.getByLabel('Category').selectOption('science');
  await search.getByRole('button', { name: 'Show' }).click();
  const people = page.getByTestId('famous-person');
  await expect(people.first()).toBeVisible();
  for (const tags of await people.locator('ul').allTextContents())
    expect(tags).toContain('Science');
  const firstName = await people.first().getByRole('link').textContent();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/category=science&cursor=/);
  await expect(people.first().getByRole('link')).not.toHaveText(firstName ?? '');
  await expect(people.first().locator('ul')).toContainText('Science');
});

test('a chart lists famous people sharing its signs and compares with Einstein', async ({
  page,
}) => {
  const hash =
    (await castChart(page, { ...PARIS_1990, date: '1990-03-10' })).split('/').pop() ?? '';
  const sharing = page.getByTestId('famous-sharing');
  await expect(sharing.getByRole('listitem').first()).toBeVisible();
  await expect(sharing).toContainText('Sun');
  await expect(page.getByTestId('famous-banner')).toHaveCount(0);

  const compare = sharing.getByRole('link', { name: /^Compare with / }).first();
  await expect(compare).toHaveAttribute(
    'href',
    new RegExp(`/en/famous/[a-z0-9-]+/compare/${hash}$`),
  );

  await page.goto(`/en/famous/albert-einstein/compare/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Your chart and Albert Einstein',
  );
  await expect(page.getByTestId('synastry-wheel').locator('svg')).toBeVisible();
  await expect(page.getByTestId('synastry-score-value')).toHaveText(/^\d{1,3}(\.\d)? out of 100$/);
  await expect(page.getByTestId('synastry-score').locator('p').nth(1)).not.toBeEmpty();
  const aspects = page.getByRole('table', { name: /Your points and Albert Einstein’s points/ });
  await expect(aspects.getByRole('row').nth(1)).toBeVisible();
});
