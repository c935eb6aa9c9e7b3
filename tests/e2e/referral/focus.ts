// Where focus is after each thing a keyboard user does in a form: on the new
// screen's heading (which holds the step count), on the error summary, or on the
// Send button, which keeps it while sending and after a failure.
import { expect, type Locator, type Page } from '@playwright/test';
import { press, tabTo } from './keyboard';

export const heading = (page: Page) => page.locator('main h1');

/** Focus is on the page's heading, and the heading says `text`. */
export async function expectHeadingFocused(page: Page, text: string | RegExp): Promise<void> {
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toContainText(text);
}

/** The form's submit button pressed with Enter: focus goes to the next heading. */
export async function continueTo(page: Page, text: string | RegExp): Promise<void> {
  await press(page, page.locator('form button[type="submit"]'));
  await expectHeadingFocused(page, text);
}

/** The form's own Back button pressed with Enter. */
export async function backTo(page: Page, text: string | RegExp): Promise<void> {
  await press(page, page.locator('form .actions .link-button'));
  await expectHeadingFocused(page, text);
}

/** Pressing Continue or Send with something missing: focus on the error summary. */
export async function expectErrorSummaryFocused(page: Page): Promise<void> {
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^(Error|Błąd|غلطی): /);
}

/**
 * Sends by keyboard with the first try held, then refused. While it waits, focus
 * stays on the button, now unavailable (aria-disabled), and a second press is
 * ignored. Once refused, the alert says so and focus is still on the button, now
 * "Try sending again": Enter sends again, this time through to the database.
 */
export async function sendRefusedThenRetry(
  page: Page,
  { rpc, button, retry }: { rpc: string; button: Locator; retry: string },
): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  await page.route(
    rpc,
    async (route) => {
      calls += 1;
      await held;
      // Refused outright (not retried): the quickest way to the failure message.
      await route.fulfill({
        status: 401,
        headers: { 'Access-Control-Allow-Origin': '*' },
        contentType: 'application/json',
        body: '{"code":"42501","message":"permission denied","details":null,"hint":null}',
      });
    },
    { times: 1 },
  );
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect.poll(() => calls).toBe(1);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  release();
  await expect(page.locator('.warning[role="alert"]')).toBeVisible();
  await expect(button).toBeFocused();
  await expect(button).toHaveText(retry);
  await expect(button).not.toHaveAttribute('aria-disabled');
  expect(calls).toBe(1);
  await page.keyboard.press('Enter');
}
