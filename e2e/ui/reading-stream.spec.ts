import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { fillBirthForm, submitBirthForm } from '../support/birth-form';
import { e2eServer } from '../support/server';

const { slowLocale } = e2eServer.fakeLlm;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Charts are stored by content hash and the e2e data folder outlives a run, so each test
 * casts a birth nobody cast before: otherwise its reading would already be written. Daytime
 * hours, so no DST change asks which time was meant.
 */
function freshBirth(): { date: string; time: string } {
  const random = (from: number, to: number) => from + Math.floor(Math.random() * (to - from + 1));
  return {
    date: `${random(1940, 2009)}-${pad(random(1, 12))}-${pad(random(1, 28))}`,
    time: `${pad(random(9, 20))}:${pad(random(0, 59))}`,
  };
}

interface ReadingState {
  /** Stored sections on the page. */
  shown: number;
  /** The progress bar's value out of 100, or null once the bar is gone (reading complete). */
  bar: number | null;
  /** Sections an LLM is still writing, shown as previews. */
  previews: number;
}

interface Wanted {
  shown?: number;
  previews?: number;
  /** Whether the reading must be complete (no progress bar) or still being written. */
  complete: boolean;
}

/** Waits, checking on every frame, for the reading panel to reach at least `wanted`. */
async function waitForReading(page: Page, wanted: Wanted): Promise<ReadingState> {
  const handle = await page.waitForFunction(
    ({ shown = 0, previews = 0, complete }) => {
      const panel = document.querySelector('[data-testid=reading]');
      if (!panel) return null;
      const bar = panel.querySelector('progress');
      const state = {
        shown: panel.querySelectorAll('[data-testid=reading-section]').length,
        bar: bar ? bar.value : null,
        previews: panel.querySelectorAll('article[aria-busy=true]').length,
      };
      const ok =
        state.shown >= shown && state.previews >= previews && (state.bar === null) === complete;
      return ok ? state : null;
    },
    wanted,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as ReadingState;
}

test('a reading arrives section by section, and a reload keeps listening', async ({ page }) => {
  test.slow();
  await page.goto(`/${slowLocale}`);
  await fillBirthForm(page, { ...freshBirth(), place: 'Lisbon', pick: /Lisbon, Portugal/ });
  await submitBirthForm(page);
  // The first chart a fresh server casts (cold code paths) can outlast the default wait.
  await expect(page).toHaveURL(new RegExp(`/${slowLocale}/chart/[A-Za-z0-9_-]{16}$`), {
    timeout: 30_000,
  });

  // The LLM's text streams into a preview before its section is stored.
  const preview = await waitForReading(page, { previews: 1, complete: false });
  expect(preview.bar).toBeLessThan(100);

  // A moment with one section or more on the page while later ones are still being written.
  const partial = await waitForReading(page, { shown: 1, complete: false });
  expect(partial.bar).toBeLessThan(100);

  // Mid-way, a reload shows what is stored at once and goes on receiving the rest.
  await page.reload();
  const reloaded = await waitForReading(page, { shown: partial.shown, complete: false });
  expect(reloaded.bar).toBeLessThan(100);

  const done = await waitForReading(page, { complete: true });
  expect(done.shown).toBeGreaterThan(reloaded.shown);
  expect(done.shown).toBeGreaterThan(partial.shown);
  expect(done.previews).toBe(0);
  await expect(page.getByTestId('reading-section').last().locator('p').first()).not.toBeEmpty();
});
