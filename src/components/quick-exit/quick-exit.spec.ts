// Quick exit in a real browser: the button, the Shift shortcut, the same without
// JavaScript, what Back shows afterwards, and what the neutral site is told.
import { test, expect, type Page } from '@playwright/test';
import { fakeNeutralSite, neutralSite, expectNoStorage } from '../../../tests/e2e/helpers';
import { watchCsp } from '../../../tests/e2e/security';
import pl from '../../i18n/locales/pl/common.json' with { type: 'json' };

const start = '/young-people/11-15/';
const heading = 'Support after crime, for 11 to 15 year olds';

/** The visible button in the sticky bar (the skip link above it does the same). */
const exitButton = (page: Page) =>
  page.locator('quick-exit').getByRole('link', { name: /^Quick exit/ });

async function pressShift(page: Page, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Shift');
}

test.describe('quick exit', () => {
  test('the button blanks the page and opens the neutral site without a Referer', async ({
    page,
    context,
  }) => {
    const seen = await fakeNeutralSite(context);
    // It blanks the page and leaves under the site's Content-Security-Policy.
    const violations = await watchCsp(page);
    await page.goto(start);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoStorage(page);
    await exitButton(page).click();
    await page.waitForURL(neutralSite);
    expect(seen.referers).toEqual([undefined]);
    expect(violations).toEqual([]);
  });

  test('Back after leaving does not show the page again', async ({ page, context }) => {
    await fakeNeutralSite(context);
    await page.goto(start);
    await exitButton(page).click();
    await page.waitForURL(neutralSite);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(start);
    await expect(page.getByText(heading)).toHaveCount(0);
  });

  test('is the first thing the keyboard reaches, and Enter leaves', async ({ page, context }) => {
    await fakeNeutralSite(context);
    await page.goto(start);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-quick-exit', '');
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.waitForURL(neutralSite);
  });

  test('Shift pressed three times leaves, and a screen reader hears the count', async ({
    page,
    context,
  }) => {
    const seen = await fakeNeutralSite(context);
    await page.goto(start);
    const status = page.locator('[data-quick-exit-status]');
    await pressShift(page, 1);
    await expect(status).toHaveText(/Press Shift 2 more times/);
    await pressShift(page, 1);
    await expect(status).toHaveText(/Press Shift 1 more time /);
    await pressShift(page, 1);
    await page.waitForURL(neutralSite);
    expect(seen.referers).toEqual([undefined]);
  });

  test('typing capital letters never counts as Shift presses', async ({ page, context }) => {
    const seen = await fakeNeutralSite(context);
    await page.goto(start);
    for (const key of ['Shift+H', 'Shift+E', 'Shift+L', 'Shift+P']) await page.keyboard.press(key);
    await pressShift(page, 2);
    await page.keyboard.press('a');
    await pressShift(page, 2);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(/1 more time /);
    expect(page.url()).toContain(start);
    expect(seen.referers).toEqual([]);
  });

  test('Shift held as a modifier never counts, even after two real presses', async ({
    page,
    context,
  }) => {
    const seen = await fakeNeutralSite(context);
    await page.goto(start);
    await pressShift(page, 2);
    await page.keyboard.press('Shift+A');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Control');
    await page.keyboard.up('Shift');
    await pressShift(page, 2);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(/1 more time /);
    expect(page.url()).toContain(start);
    expect(seen.referers).toEqual([]);
  });

  test('presses too far apart start the count again', async ({ page, context }) => {
    await fakeNeutralSite(context);
    await page.clock.install();
    await page.goto(start);
    await pressShift(page, 2);
    await page.clock.fastForward(6000);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
    await pressShift(page, 1);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(/2 more times/);
    expect(page.url()).toContain(start);
  });

  test('a page restored from the back/forward cache forgets a half-finished count', async ({
    page,
  }) => {
    await page.goto(start);
    await pressShift(page, 2);
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
    );
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
    await pressShift(page, 1);
    expect(page.url()).toContain(start);
  });

  test('countdown and neutral title are translated', async ({ page, context }) => {
    await fakeNeutralSite(context);
    await page.goto('/pl/young-people/11-15/');
    await pressShift(page, 1);
    // Polish says "2 more times" with its "few" plural form.
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(
      pl['quickExit.countdown_few'].replace('{{count}}', '2'),
    );
    await expect(page.locator('quick-exit')).toHaveAttribute(
      'data-title',
      pl['quickExit.neutralTitle'],
    );
    expect(pl['quickExit.neutralTitle']).not.toBe('Weather');
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is still a link that leaves and sends no Referer', async ({ page, context }) => {
    const seen = await fakeNeutralSite(context);
    await page.goto(start);
    const link = exitButton(page);
    await expect(link).toHaveAttribute('rel', 'nofollow noreferrer');
    await link.click();
    await page.waitForURL(neutralSite);
    expect(seen.referers).toEqual([undefined]);
  });
});
