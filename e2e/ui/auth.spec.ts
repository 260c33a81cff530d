import { expect, test } from '../support/test';
import { newTestUser, signInThroughUi, signUpThroughUi } from '../support/users';

test('sign up, sign out, sign in again and see the account', async ({ page }) => {
  const user = newTestUser();
  await signUpThroughUi(page, user);
  await expect(page.getByTestId('account-details')).toContainText(user.email);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await signInThroughUi(page, user.email, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId('account-details')).toContainText(user.name);
});

test('a wrong password is refused with a message beside the form', async ({ page }) => {
  const user = newTestUser();
  await signUpThroughUi(page, user);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInThroughUi(page, user.email, 'not-the-password');
  await expect(page.locator('main').getByRole('alert')).toHaveText(
    'The email or password is not right.',
  );
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test('sign-up shows field errors in place and keeps what was typed', async ({ page }) => {
  await page.goto('/en/sign-up');
  await page.locator('#field-name').fill('Ada');
  await page.locator('#field-email').fill('not-an-email');
  await page.locator('#field-password').fill('short');
  await page.locator('main form button[type=submit]').click();
  await expect(page.locator('#field-email-error')).toHaveText('Enter a valid email address.');
  await expect(page.locator('#field-password-error')).toHaveText(
    'The password needs at least 10 characters.',
  );
  await expect(page.locator('#field-name')).toHaveValue('Ada');
});

test('the account page sends visitors to sign-in', async ({ page }) => {
  await page.goto('/en/account');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount/);
});
