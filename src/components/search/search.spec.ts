// Search in a real browser, in each language: by keyboard, the expected guide
// first for everyday words (with and without Polish accents, with the Arabic
// letters some Urdu keyboards type), the count read out, and the query never
// sent anywhere, put in the address or kept.
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoStorage } from '../../../tests/e2e/helpers';

/** Query → the guide topic that must come first. */
const queries = {
  en: [
    ['court', 'police-and-court'],
    ['police', 'police-and-court'],
    ['nudes', 'online-safety'],
    ['complain', 'complaints'],
  ],
  pl: [
    ['sąd', 'police-and-court'],
    ['sad', 'police-and-court'],
    ['policja', 'police-and-court'],
    ['nagie zdjęcia', 'online-safety'],
    ['skarga', 'complaints'],
  ],
  ur: [
    ['عدالت', 'police-and-court'],
    ['پولیس', 'police-and-court'],
    ['ننگی تصویر', 'online-safety'],
    ['ننگي تصوير', 'online-safety'],
    ['شکایت', 'complaints'],
  ],
} as const;

const box = (page: Page) => page.locator('#site-search');
const status = (page: Page) => page.locator('site-search [role="status"]');

async function tabToBox(page: Page) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await box(page).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the search box');
}

for (const [locale, list] of Object.entries(queries)) {
  const start = locale === 'en' ? '/search/' : `/${locale}/search/`;

  test(`finds the expected guide first in ${locale}, by keyboard, asking no other site`, async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(start);
    const before = await page.evaluate(() => ({ url: location.href, length: history.length }));
    for (const [query, topic] of list) {
      await page.goto(start);
      await tabToBox(page);
      await page.keyboard.type(query);
      await expect(status(page), query).toHaveText(/\d/);
      // Enter takes the keyboard to the first result; Enter again opens it.
      await page.keyboard.press('Enter');
      const first = page.locator('.search__results li:first-child a');
      await expect(first, query).toBeFocused();
      expect(await first.getAttribute('href'), query).toMatch(new RegExp(`/${topic}/$`));
      expect(page.url(), 'the query stays out of the address').toBe(before.url);
      await page.keyboard.press('Enter');
      await expect(page, query).toHaveURL(new RegExp(`/${topic}/$`));
    }
    const origin = new URL(baseURL ?? '').origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.filter((url) => url.includes('index.json')).length).toBeGreaterThan(0);
    await expectNoStorage(page);
  });
}

test('puts the reader’s own guide first on their home page', async ({ page }) => {
  await page.goto('/young-people/16-17/');
  await box(page).fill('court');
  await expect(page.locator('.search__results li:first-child a')).toHaveAttribute(
    'href',
    '/young-people/16-17/police-and-court/',
  );
  await expect(page.locator('.search__results li:first-child .search__for')).toHaveText(
    'For 16 and 17 year olds',
  );
  // Every page found is listed: the count read out is the length of the list.
  const shown = await page.locator('.search__results li').count();
  await expect(status(page)).toHaveText(`${shown} pages found.`);
});

test('says so when nothing is found, and clears on quick exit and on leaving', async ({ page }) => {
  await page.goto('/search/');
  const length = await page.evaluate(() => history.length);
  await box(page).fill('zzqqxx');
  await expect(status(page)).toHaveText('Nothing found. Try other words.');
  await box(page).fill('court');
  await expect(status(page)).toHaveText(/pages found/);
  await expectNoAxeViolations(page, 'search results');
  await page.evaluate(() => window.dispatchEvent(new Event('yvs:quick-exit')));
  await expect(box(page)).toHaveValue('');
  await expect(page.locator('.search__results li')).toHaveCount(0);
  await expect(status(page)).toHaveText('');

  await box(page).fill('police');
  await page.locator('.search__results a').first().click();
  await page.goBack();
  await expect(box(page)).toHaveValue('');
  await expect(page.locator('.search__results li')).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await expectNoStorage(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says where every page is listed instead', async ({ page }) => {
    await page.goto('/pl/search/');
    await expect(box(page)).toBeHidden();
    await expect(page.locator('[data-fallback] a')).toHaveCount(5);
    await expect(page.locator('[data-fallback] a').first()).toHaveAttribute(
      'href',
      '/pl/young-people/5-10/',
    );
  });
});
