// The front door: on a small phone, every "who are you" choice is visible without
// scrolling, and a keyboard user reaches them in a sensible order.
import { test, expect } from '@playwright/test';

test.describe('home on a small phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const path of ['/', '/pl/', '/ur/']) {
    test(`shows all three choices without scrolling at ${path}`, async ({ page }) => {
      await page.goto(path);
      const choices = page.locator('.choice');
      await expect(choices).toHaveCount(3);
      for (const choice of await choices.all()) await expect(choice).toBeInViewport({ ratio: 1 });
    });
  }
});

test('keyboard order: quick exit, skip link, languages, then the page', async ({ page }) => {
  await page.goto('/');
  const order: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '',
      ),
    );
  }
  expect(order.slice(0, 5)).toEqual([
    'Quick exit: leave this site now',
    'Skip to main content',
    'English',
    'Polski',
    'اردو',
  ]);
  expect(order.indexOf('Quick exit')).toBe(5);
  expect(order).toContain("I'm a young person\nI want help for me");
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('age choice leads to each band, and 18 or over to the adult signpost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /I'm a young person/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
  await page.getByRole('link', { name: '18 or over' }).click();
  await expect(page).toHaveURL(/\/18-or-over\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're 18 or over");
  await page.goBack();
  await page.getByRole('link', { name: '5 to 10' }).click();
  await expect(page).toHaveURL(/\/young-people\/5-10\/$/);
  await expect(page.locator('body')).toHaveClass(/is-young/);
});

test('the language switcher keeps the page and sets lang and direction', async ({ page }) => {
  await page.goto('/young-people/16-17/');
  await page.getByRole('link', { name: 'اردو' }).click();
  await expect(page).toHaveURL(/\/ur\/young-people\/16-17\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/young-people\/16-17\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
