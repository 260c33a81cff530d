import { expect, test } from '../support/test';
import { fillBirthForm, submitBirthForm } from '../support/birth-form';

async function createChart(page: import('@playwright/test').Page, date: string): Promise<string> {
  await page.goto('/en');
  await fillBirthForm(page, { date, time: '09:15', place: 'Paris', pick: /Paris.*France/ });
  await submitBirthForm(page);
  await expect(page).toHaveURL(/\/en\/chart\//);
  await expect(page.locator('progress')).toHaveCount(0);
  return page.url();
}

test('a written reading is in the chart page HTML: shown without JavaScript', async ({
  page,
  browser,
}) => {
  const url = await createChart(page, '1962-07-21');
  const sectionsLive = await page.getByTestId('reading-section').count();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(url);
  await expect(noScript.getByTestId('reading-section')).toHaveCount(sectionsLive);
  await expect(noScript.locator('progress')).toHaveCount(0);
  await context.close();
});

test('a finished reading opens no socket; a reading in another language is written on opening', async ({
  page,
}) => {
  const url = await createChart(page, '1978-03-03');
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.reload();
  await expect(page.getByTestId('reading-section').first()).toBeVisible();
  await expect(page.locator('progress')).toHaveCount(0);
  expect(sockets).toEqual([]);

  // Nobody asked for the German reading yet: opening the page starts it and shows it.
  await page.goto(url.replace('/en/', '/de/'));
  await expect(page.getByRole('heading', { level: 2, name: 'Deine Deutung' })).toBeVisible();
  await expect(page.getByTestId('reading-section').first()).toBeVisible();
  await expect(page.locator('progress')).toHaveCount(0);
  expect(await page.getByTestId('reading-section').count()).toBeGreaterThanOrEqual(5);
});
