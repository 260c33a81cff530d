import type { Page } from '@playwright/test';
import { expect } from './test';

/** Fills the home page's birth form, choosing the place through the autocomplete. */
export async function fillBirthForm(
  page: Page,
  birth: { date: string; time: string | null; place: string; pick?: RegExp },
): Promise<void> {
  await page.locator('input[name=date]').fill(birth.date);
  if (birth.time === null) await page.getByLabel(/don’t know my birth time/i).check();
  else await page.locator('input[name=time]').fill(birth.time);
  await page.getByTestId('place-input').fill(birth.place);
  const option = page
    .getByRole('listbox')
    .getByRole('option', { name: birth.pick ?? new RegExp(birth.place) })
    .first();
  await option.waitFor();
  await option.click();
}

export function submitBirthForm(page: Page): Promise<void> {
  return page.getByTestId('birth-form').locator('button[type=submit]').click();
}

export type BirthEntry = Parameters<typeof fillBirthForm>[1];

/** The birth most specs cast: Paris, 15 May 1990, 14:30. */
export const PARIS_1990 = {
  date: '1990-05-15',
  time: '14:30',
  place: 'Paris',
  pick: /Paris.*France/,
} satisfies BirthEntry;

/** Casts a chart from the English home page and returns its path (`/en/chart/<hash>`). */
export async function castChart(page: Page, birth: BirthEntry = PARIS_1990): Promise<string> {
  await page.goto('/en');
  await fillBirthForm(page, birth);
  await submitBirthForm(page);
  // The first chart of a fresh server also loads the gazetteer and the ephemeris.
  await expect(page).toHaveURL(/\/en\/chart\/[A-Za-z0-9_-]{16}$/, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}
