import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

/** A fresh identity per test, so tests never depend on each other's accounts. */
export function newTestUser(label = 'user'): TestUser {
  const id = randomUUID().slice(0, 8);
  return {
    name: `Test ${label} ${id}`,
    email: `${label}-${id}@e2e.orrery.test`,
    password: `pw-${randomUUID()}`,
  };
}

export async function signUpThroughUi(page: Page, user: TestUser, locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/sign-up`);
  await page.locator('#field-name').fill(user.name);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
}

export async function signInThroughUi(
  page: Page,
  email: string,
  password: string,
  locale = 'en',
): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('main form button[type=submit]').click();
}
