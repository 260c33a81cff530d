import { expect, test } from '../support/test';

test('the locale switcher translates the page and keeps the path', async ({ page }) => {
  await page.goto('/en/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await page.getByTestId('locale-switcher').selectOption('es');
  await expect(page).toHaveURL(/\/es\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByTestId('locale-switcher').selectOption('de');
  await expect(page).toHaveURL(/\/de\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
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
