import { signInAdmin, signUpAccount, type Account } from './api-client';
import { test as base } from './test';

type Admin = Awaited<ReturnType<typeof signInAdmin>>;

/**
 * The API specs' test. `account` is one person per worker, for the keys a file sets up in
 * `beforeAll`; `person` is a fresh one per test, for tests that issue keys themselves (an
 * account may issue 20 keys an hour, hold 25). Limits and counts are per key, so tests never
 * mix. `admin` moves keys between plans.
 */
export const test = base.extend<{ person: Account }, { account: Account; admin: Admin }>({
  person: async ({}, provide) => {
    const person = await signUpAccount();
    await provide(person);
    await person.dispose();
  },
  account: [
    async ({}, provide) => {
      const account = await signUpAccount();
      await provide(account);
      await account.dispose();
    },
    { scope: 'worker' },
  ],
  admin: [
    async ({}, provide) => {
      const admin = await signInAdmin();
      await provide(admin);
      await admin.session.dispose();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
