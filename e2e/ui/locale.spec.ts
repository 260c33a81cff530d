import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';

/** Opens the header's language menu and follows the link to `language`. */
async function switchTo(page: Page, language: string) {
  const switcher = page.getByTestId('locale-switcher');
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: language }).click();
}

test('the locale switcher translates the page and keeps the path', async ({ page }) => {
  await page.goto('/en/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await switchTo(page, 'Español');
  await expect(page).toHaveURL(/\/es\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await switchTo(page, 'Deutsch');
  await expect(page).toHaveURL(/\/de\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
});

test('the switcher keeps the query and follows in-app navigation', async ({ page }) => {
  await page.goto('/en/sign-in?next=%2Fen%2Faccount');
  // A client-side navigation: the layout with the switcher is not rendered again.
  await page.getByRole('main').getByRole('link', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/en\/sign-up$/);

  await switchTo(page, 'Français');
  await expect(page).toHaveURL(/\/fr\/sign-up$/);
  await page.goto('/fr/sign-in?next=%2Fen%2Faccount');
  await switchTo(page, 'Português');
  await expect(page).toHaveURL(/\/pt\/sign-in\?next=%2Fen%2Faccount$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher still switches', async ({ page }) => {
    await page.goto('/en/sign-in');
    await switchTo(page, 'Deutsch');
    await expect(page).toHaveURL(/\/de\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  });
});

test('French and Portuguese pages are translated too', async ({ page }) => {
  await page.goto('/fr/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crée ton compte');
  await page.goto('/pt/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crie sua conta');
});

test('unknown pages show the localized not-found page', async ({ page }) => {
  const response = await page.goto('/de/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('the bare root redirects to a locale', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/(en|es|de|fr|pt)$/);
});
