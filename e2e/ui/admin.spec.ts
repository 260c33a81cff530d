import { expect, test, uniqueClientIp } from '../support/test';
import { e2eServer } from '../support/server';
import { newTestUser, signInThroughUi, signUpThroughUi } from '../support/users';

test('a signed-in user who is not an admin gets a 403 page at /admin', async ({ page }) => {
  await signUpThroughUi(page, newTestUser());
  const response = await page.goto('/en/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId('forbidden')).toContainText('Access denied');
});

test('the admin sees the sign-ups chart update live when someone signs up', async ({
  page,
  browser,
}) => {
  await signInThroughUi(page, e2eServer.adminEmail, e2eServer.adminPassword);
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.goto('/en/admin');
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'live');
  const total = page.getByTestId('total-users');
  const before = Number(await total.textContent());

  const other = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': uniqueClientIp() },
  });
  await signUpThroughUi(await other.newPage(), newTestUser('live'));
  await other.close();

  // Other workers sign people up too, so the count rises by at least one.
  await expect.poll(async () => Number(await total.textContent())).toBeGreaterThan(before);
  await expect(page.getByTestId('signups-today')).not.toHaveText('0');
});
