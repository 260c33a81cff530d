import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { newTestUser, signUpThroughUi } from '../support/users';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const callApi = (request: APIRequestContext, key: string) =>
  request.get('/api/v1/places?q=Paris', { headers: { authorization: `Bearer ${key}` } });

/** Whether the API let the key through authentication (whatever the route then answered). */
async function accepted(request: APIRequestContext, key: string): Promise<boolean> {
  return ![401, 403].includes((await callApi(request, key)).status());
}

async function readSecretOnce(page: Page): Promise<string> {
  const reveal = page.getByTestId('api-key-secret');
  await expect(reveal).toContainText('you won’t see it again');
  const secret = await reveal.getByTestId('api-key-secret-value').inputValue();
  expect(secret).toMatch(/^ork_live_[0-9A-Za-z]{30}_[0-9A-Za-z]{6}$/);
  await reveal.getByRole('button', { name: 'Copy key' }).click();
  await expect(reveal.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await reveal.getByRole('button', { name: 'I have stored the key' }).click();
  await expect(reveal).toHaveCount(0);
  return secret;
}

test('a new user creates a key, sees it once, finds it by prefix, rolls and revokes it', async ({
  page,
  request,
}) => {
  await signUpThroughUi(page, newTestUser('keys'));
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page).toHaveURL(/\/en\/account\/api-keys$/);
  await expect(page.getByTestId('api-keys-empty')).toBeVisible();

  const form = page.getByTestId('create-api-key');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(form.getByText('Enter a name of 1 to 100 characters.')).toBeVisible();
  await expect(form.getByText('Choose at least one scope.')).toBeVisible();
  await form.getByLabel('Name').fill('Build server');
  await form.getByRole('checkbox', { name: /places:read/ }).check();
  await form.getByRole('checkbox', { name: /charts:read/ }).check();
  await form.getByRole('button', { name: 'Create key' }).click();

  const secret = await readSecretOnce(page);
  const item = page.getByTestId('api-key');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Build server');
  await expect(item.getByTestId('api-key-prefix')).toHaveText(`${secret.slice(0, 14)}…`);
  await expect(item).toContainText('charts:read, places:read');
  await expect(item).toContainText('Never');

  await page.reload();
  await expect(item.getByTestId('api-key-prefix')).toHaveText(`${secret.slice(0, 14)}…`);
  expect(await page.content()).not.toContain(secret);
  expect(await accepted(request, secret)).toBe(true);

  await item.getByRole('button', { name: 'Roll' }).click();
  await expect(item.getByRole('alert')).toContainText('Roll “Build server”?');
  await item.getByRole('button', { name: 'Yes, roll it' }).click();
  const rolled = await readSecretOnce(page);
  expect(rolled).not.toBe(secret);
  await expect(item.getByTestId('api-key-prefix')).toHaveText(`${rolled.slice(0, 14)}…`);
  expect((await callApi(request, secret)).status()).toBe(401);
  expect(await accepted(request, rolled)).toBe(true);

  await item.getByRole('button', { name: 'Revoke' }).click();
  await item.getByRole('button', { name: 'Cancel' }).click();
  await expect(item).toHaveAttribute('data-state', 'active');
  await item.getByRole('button', { name: 'Revoke' }).click();
  await item.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(page.getByTestId('api-keys-status')).toHaveText(
    'The key “Build server” is revoked.',
  );
  await expect(item).toHaveAttribute('data-state', 'revoked');
  await expect(item.getByRole('button', { name: 'Roll' })).toHaveCount(0);
  const refused = await callApi(request, rolled);
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { code: string }).code).toBe('api_key_revoked');

  await page.reload();
  await expect(item).toHaveAttribute('data-state', 'revoked');

  await page.goto('/en/account/usage');
  await expect(page.getByTestId('usage-total')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('quota-row')).toContainText('1,000');
  await expect(page.getByRole('img', { name: 'Bar chart of API calls per day' })).toBeVisible();
});

test('the usage page filters by key', async ({ page }) => {
  await signUpThroughUi(page, newTestUser('usage'));
  await page.goto('/en/account/usage');
  await expect(page.getByTestId('usage-no-keys')).toBeVisible();
  await page.goto('/en/account/api-keys');
  for (const name of ['First', 'Second']) {
    const form = page.getByTestId('create-api-key');
    await form.getByLabel('Name').fill(name);
    await form.getByRole('checkbox', { name: /famous:read/ }).check();
    await form.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('button', { name: 'I have stored the key' }).click();
  }
  await page.goto('/en/account/usage');
  await expect(page.getByTestId('quota-row')).toHaveCount(2);
  const filter = page.getByTestId('usage-filter');
  const first = await filter.locator('option', { hasText: 'First' }).getAttribute('value');
  await filter.getByLabel('Key').selectOption(first ?? '');
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/[?&]key=/);
  await expect(page.getByTestId('quota-row')).toHaveCount(1);
  await expect(page.getByTestId('quota-row')).toContainText('First');
  await expect(page.getByTestId('usage-total')).toHaveText('0');
});
