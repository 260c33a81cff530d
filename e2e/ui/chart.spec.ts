import { expect, test } from '../support/test';
import { fillBirthForm, submitBirthForm } from '../support/birth-form';

test('birth data with autocomplete gives a chart and a reading', async ({ page }) => {
  await page.goto('/en');
  await fillBirthForm(page, {
    date: '1990-05-15',
    time: '14:30',
    place: 'Paris',
    pick: /Paris.*France/,
  });
  await submitBirthForm(page);
  await expect(page).toHaveURL(/\/en\/chart\/[A-Za-z0-9_-]{16}$/);
  await expect(page.getByTestId('birth-summary')).toContainText('Paris, Île-de-France, France');
  const wheel = page.getByRole('img', {
    name: 'Chart wheel: born 1990-05-15, Paris, Île-de-France, France',
  });
  await expect(wheel).toBeVisible();
  await expect(wheel.locator('desc')).toContainText('Sun in Taurus at 24°24′, house 9');
  const positions = page.getByRole('table', { name: 'Positions' });
  await expect(positions.getByRole('rowheader', { name: /Sun/ })).toBeVisible();
  await expect(positions.getByRole('row')).toHaveCount(1 + 13 + 2);
  const sections = page.getByTestId('reading-section');
  await expect(sections.first()).toBeVisible();
  await expect(page.locator('progress')).toHaveCount(0);
  await expect.poll(() => sections.count()).toBeGreaterThanOrEqual(5);
  await expect(sections.first().locator('p').first()).not.toBeEmpty();
});

test('the place autocomplete works with the keyboard', async ({ page }) => {
  await page.goto('/en');
  const input = page.getByTestId('place-input');
  await input.fill('Springfield');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(input).toHaveValue(/Springfield, .+, United States/);
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('a time skipped by the spring DST change is explained and the person picks', async ({
  page,
}) => {
  await page.goto('/en');
  await fillBirthForm(page, {
    date: '2021-03-28',
    time: '02:30',
    place: 'Paris',
    pick: /Paris.*France/,
  });
  await submitBirthForm(page);
  const choice = page.getByTestId('dst-choice');
  await expect(choice).toContainText('This time did not exist on that day');
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await choice.getByRole('radio').nth(1).check();
  await submitBirthForm(page);
  await expect(page).toHaveURL(/\/en\/chart\//);
});

test('an unknown birth time gives a noon chart, flagged', async ({ page }) => {
  await page.goto('/en');
  await fillBirthForm(page, {
    date: '1985-11-02',
    time: null,
    place: 'Madrid',
    pick: /Madrid.*Spain/,
  });
  await submitBirthForm(page);
  await expect(page).toHaveURL(/\/en\/chart\//);
  await expect(page.getByRole('note')).toContainText('Birth time unknown');
});

test('the form says what is wrong beside the field', async ({ page }) => {
  await page.goto('/en');
  await page.locator('input[name=date]').fill('1990-05-15');
  await page.locator('input[name=time]').fill('14:30');
  await submitBirthForm(page);
  await expect(page.getByTestId('birth-form').getByRole('alert')).toHaveText(
    'Choose a place from the list.',
  );
});

test('the form and chart work in Spanish', async ({ page }) => {
  await page.goto('/es');
  await page.locator('input[name=date]').fill('1990-05-15');
  await page.locator('input[name=time]').fill('14:30');
  await page.getByTestId('place-input').fill('Buenos Aires');
  await page.getByRole('listbox').getByRole('option').first().click();
  await submitBirthForm(page);
  await expect(page).toHaveURL(/\/es\/chart\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Tu lectura' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Rueda de la carta: nacimiento 1990-05-15/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Posiciones' })).toContainText('Sol');
  await expect(page.getByTestId('reading-section').first()).toBeVisible();
});
