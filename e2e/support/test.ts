import { test as base } from '@playwright/test';

let counter = 0;

/** A documentation-range address unique to this worker and call. */
export function uniqueClientIp(): string {
  counter += 1;
  const worker = Number(process.env.TEST_WORKER_INDEX ?? 0);
  return `198.18.${worker}.${counter % 250}`;
}

/**
 * Each test appears to come from its own client IP (the app reads X-Forwarded-For, as it
 * would behind a proxy), so the per-IP sign-in limit of one test cannot refuse another's.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ 'x-forwarded-for': uniqueClientIp() });
  },
});

export { expect } from '@playwright/test';
