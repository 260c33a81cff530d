import { signInAdmin, signUpAccount, type Account } from './api-client';
import { test as base } from './test';

type Admin = Awaited<ReturnType<typeof signInAdmin>>;

/**
 * The API specs' test: each worker signs one person up and the admin in, once; tests issue
 * their own keys from that account, so limits and counts (all per key) never mix.
 */
export const test = base.extend<object, { account: Account; admin: Admin }>({
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
