import type { Page } from '@playwright/test';

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
