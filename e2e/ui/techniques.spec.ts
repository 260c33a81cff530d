import { expect, test } from '../support/test';
import { castChart } from '../support/birth-form';

const paris = { date: '1990-05-15', time: '14:30', place: 'Paris', pick: /Paris.*France/ };

test('transits: now and an exact-hit timeline; a bad date is explained beside its field', async ({
  page,
}) => {
  const chartPath = await castChart(page, paris);
  await page.getByTestId('technique-links').getByRole('link', { name: 'Transits' }).click();
  await expect(page).toHaveURL(`${chartPath}/transits`);
  const tabs = page.getByRole('navigation', { name: 'Techniques' });
  await expect(tabs.getByRole('link', { name: 'Transits' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('img', { name: /Chart wheel/ }).first()).toBeVisible();
  await expect(page.getByTestId('current-transits')).toBeVisible();

  const form = page.getByRole('form', { name: 'Exact transits over a period' });
  await form.getByLabel('From').fill('2026-01-01');
  await form.getByLabel('To').fill('2027-01-01');
  await form.getByLabel('Transiting bodies').selectOption('outer');
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/from=2026-01-01&to=2027-01-01&bodies=outer/);
  const hits = page.getByTestId('transit-timeline').getByTestId('transit-hit');
  await expect(hits.first()).toBeVisible();
  expect(await hits.count()).toBeGreaterThan(3);
  await expect(hits.first()).toContainText(/Jupiter|Saturn|Uranus|Neptune|Pluto/);
  await expect(
    page.getByTestId('transit-timeline').getByRole('heading', { level: 3 }).first(),
  ).toContainText('2026');

  await page.goto(`${chartPath}/transits?from=2026-02-30&to=2031-01-01`);
  const from = page.getByRole('form', { name: 'Exact transits over a period' }).getByLabel('From');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a date as YYYY-MM-DD between 1800 and 2399.')).toBeVisible();
  await expect(page.getByTestId('transit-timeline')).toHaveCount(0);
  await page.goto(`${chartPath}/transits?from=2026-01-01&to=2030-01-01`);
  await expect(page.getByText('Choose a range of at most three years.')).toBeVisible();
});

test('synastry and composite with a second chart; an unknown birth time limits them', async ({
  page,
}) => {
  const first = await castChart(page, paris);
  const second = await castChart(page, {
    date: '1988-11-02',
    time: null,
    place: 'London',
    pick: /London/,
  });

  await page.goto(`${first}/synastry?other=nonsense!`);
  await expect(page.getByText('Paste a chart link or its code.')).toBeVisible();

  await page.goto(`${first}/synastry`);
  const form = page.getByRole('form', { name: 'Synastry' });
  await form.getByLabel('Second chart').fill(`http://localhost${second}`);
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('synastry-score')).toContainText(/\d+(\.\d)? out of 100/);
  await expect(page.getByTestId('synastry-aspects')).toBeVisible();
  await expect(page.getByTestId('overlay-b-in-a').getByRole('row')).not.toHaveCount(0);
  await expect(page.getByTestId('overlay-a-in-b')).toContainText('birth time is unknown');
  await expect(page.getByTestId('time-unknown-note')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Techniques' })
    .getByRole('link', { name: 'Composite' })
    .click();
  await page
    .getByRole('form', { name: 'Composite chart' })
    .getByLabel('Second chart')
    .fill(second.split('/').pop() ?? '');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('img', { name: 'Composite chart wheel' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Composite positions' })).toBeVisible();
});

test('progressions and solar return render, and reject bad input', async ({ page }) => {
  const chartPath = await castChart(page, paris);
  await page.goto(`${chartPath}/progressions?date=2026-05-15`);
  await expect(page.getByTestId('progression-method')).toContainText('at age 36');
  await expect(page.getByTestId('progression-method')).toContainText('solar arc');
  await expect(page.getByRole('table', { name: 'Progressed positions' })).toBeVisible();
  await page.goto(`${chartPath}/progressions?date=someday`);
  await expect(page.getByText('Enter a date as YYYY-MM-DD between 1800 and 2399.')).toBeVisible();

  await page.goto(`${chartPath}/solar-return?year=2026`);
  await expect(page.getByTestId('return-instant')).toContainText('May');
  await expect(page.getByTestId('return-instant')).toContainText('Europe/Paris');
  await expect(page.getByRole('img', { name: 'Solar return chart wheel, 2026' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Solar return positions' })).toBeVisible();
  await page.goto(`${chartPath}/solar-return?year=1900`);
  await expect(page.getByText('Choose a year after the birth year.')).toBeVisible();
});
