import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/test';
import { castChart } from '../support/birth-form';

test('"Download PDF" gives the chart with its reading as a PDF in the page’s language', async ({
  page,
}) => {
  const hash = (await castChart(page)).split('/').at(-1)!;
  await page.goto(`/es/chart/${hash}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Descargar PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^chart-1990-05-15-[A-Za-z0-9_-]{8}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Three embedded DejaVu faces and a vector wheel: far more than an empty document.
  expect(bytes.length).toBeGreaterThan(60_000);
});

test('the PDF of an unknown chart is a 404 problem', async ({ request }) => {
  const res = await request.get('/en/chart/NoSuchChart0000/pdf');
  expect(res.status()).toBe(404);
  expect(res.headers()['content-type']).toContain('application/problem+json');
});

test('printing shows the wheel, tables and reading black on white, without the site’s chrome', async ({
  page,
}) => {
  await castChart(page);
  await expect(page.getByTestId('reading-section').first()).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByTestId('chart-export')).toBeHidden();
  await expect(page.getByTestId('save-chart')).toBeHidden();
  await expect(page.locator('select:visible, form:visible, button:visible')).toHaveCount(0);

  const wheel = page.getByRole('img', { name: /^Chart wheel/ });
  await expect(wheel).toBeVisible();
  await expect(page.getByRole('table', { name: 'Positions' })).toBeVisible();
  await expect(page.getByTestId('reading-section').first()).toBeVisible();

  const colours = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    wheelBackground: getComputedStyle(document.querySelector('svg.cw')!)
      .getPropertyValue('--cw-bg')
      .trim(),
  }));
  expect(colours).toEqual({
    background: 'rgb(255, 255, 255)',
    text: 'rgb(0, 0, 0)',
    wheelBackground: '#ffffff',
  });

  // The same page on a dark screen is dark: the print rules are what changed it.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expect(page.getByRole('banner')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(0, 0, 0)');
});
