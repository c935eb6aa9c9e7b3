// The directory in a real browser: filtering by keyboard with the count read out
// politely, nothing left in the address, the history or storage, choices gone
// after quick exit or leaving, and the whole list, grouped, without JavaScript.
// What should match is worked out here from the entries themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoStorage,
  fakeNeutralSite,
} from '../../../tests/e2e/helpers';
import { needs } from '../../lib/services';
import { matches, type Choice } from './match';

interface Entry {
  name: string;
  areas: string[];
  needs: string[];
  ages?: { min?: number; max?: number };
}
const dir = new URL('../../content/services/', import.meta.url);
const entries: Entry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Entry);
const expected = (choice: Choice) =>
  entries
    .filter((e) => matches({ ...e, min: e.ages?.min, max: e.ages?.max }, choice))
    .map((e) => e.name)
    .sort();

const path = '/young-people/11-15/support-near-you/';
const results = (page: Page) => page.locator('[data-results] .service h3');
const status = (page: Page) => page.locator('service-finder [role="status"]');

/** Tab from the top of the page until a control has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('filters by area, need and age by keyboard, and says how many fit, politely', async ({
  page,
}) => {
  await page.goto(path);
  // The live region is there, empty, before anything is chosen.
  await expect(status(page)).toHaveText('');
  await expect(status(page)).toHaveAttribute('role', 'status');

  await tabTo(page, '#finder-area');
  await page.keyboard.type('Cherwell');
  let choice: Choice = { area: 'cherwell', need: '', age: null };
  await expect(page.locator('#finder-area')).toHaveValue('cherwell');
  await expect(status(page)).toHaveText(`${expected(choice).length} services match your choices.`);
  expect((await results(page).allTextContents()).sort()).toEqual(expected(choice));
  await expect(page.locator('[data-all]')).toBeHidden();

  await page.keyboard.press('Tab');
  await page.keyboard.type('Sexual');
  choice = { ...choice, need: 'sexual-abuse' };
  await expect(page.locator('#finder-need')).toHaveValue('sexual-abuse');
  await expect
    .poll(async () => (await results(page).allTextContents()).sort())
    .toEqual(expected(choice));

  await page.keyboard.press('Tab');
  await page.keyboard.type('15');
  choice = { ...choice, age: 15 };
  await expect(page.locator('#finder-age')).toHaveValue('15');
  await expect
    .poll(async () => (await results(page).allTextContents()).sort())
    .toEqual(expected(choice));
  const count = expected(choice).length;
  await expect(status(page)).toHaveText(
    count === 1 ? '1 service matches your choices.' : `${count} services match your choices.`,
  );
  // Copies of the cards, not the cards: no id appears twice.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
  await expectNoAxeViolations(page, 'filtered');

  // "Show everything" puts the whole list back.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-all]')).toBeVisible();
  await expect(page.locator('[data-results]')).toBeHidden();
  await expect(page.locator('#finder-area')).toHaveValue('');
});

test('changes nothing in the address, the history or storage', async ({ page }) => {
  await page.goto(path);
  const before = await page.evaluate(() => ({ url: location.href, length: history.length }));
  await page.selectOption('#finder-area', 'slough');
  await page.selectOption('#finder-need', 'bullying');
  await page.selectOption('#finder-age', '13');
  await expect(status(page)).not.toHaveText('');
  await page.getByRole('button', { name: 'Show everything' }).click();
  // Jumping to a group moves focus there without a `#…` in the address.
  await page.locator('.jump a').first().click();
  await expect(page.locator('#need-crisis')).toBeFocused();
  const after = await page.evaluate(() => ({ url: location.href, length: history.length }));
  expect(after).toEqual(before);
  expect(new URL(after.url).search + new URL(after.url).hash).toBe('');
  await expectNoStorage(page);
});

test('quick exit clears the choices, and so does leaving the page', async ({ page, context }) => {
  await fakeNeutralSite(context);
  await page.goto(path);
  await page.selectOption('#finder-need', 'crisis');
  await expect(page.locator('[data-results]')).toBeVisible();
  // What quick exit tells the page before it blanks it and leaves.
  await page.evaluate(() => window.dispatchEvent(new Event('yvs:quick-exit')));
  await expect(page.locator('#finder-need')).toHaveValue('');
  await expect(page.locator('[data-results]')).toBeHidden();
  await expect(status(page)).toHaveText('');

  // Leaving and coming back with Back shows the page as new, even from the cache.
  await page.selectOption('#finder-area', 'oxford');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.goBack();
  await expect(page.locator('#finder-area')).toHaveValue('');
  await expect(page.locator('[data-all]')).toBeVisible();

  // And the real button: the page is gone, and Back does not bring the choices back.
  await page.selectOption('#finder-area', 'reading');
  await page.locator('quick-exit a[data-quick-exit]').click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await page.goto(path);
  await expect(page.locator('#finder-area')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every service, grouped by need, with links to each group', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('form.finder')).toBeHidden();
    // Each service in full once; every name is there.
    expect((await page.locator('[data-all] .service h3').allTextContents()).sort()).toEqual(
      entries.map((e) => e.name).sort(),
    );
    for (const need of needs) {
      const names = entries.filter((e) => e.needs.includes(need)).map((e) => e.name);
      const group = page.locator(`section:has(> #need-${need})`);
      await expect(group).toHaveCount(1);
      // Under each need, every service meeting it: in full, or a link to it.
      expect(
        (await group.locator('.service h3, .service-ref a').allTextContents()).sort(),
        need,
      ).toEqual(names.sort());
      await expect(page.locator(`.jump a[href="#need-${need}"]`)).toHaveCount(1);
    }
    for (const href of await page
      .locator('.service-ref a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
      await expect(page.locator(`[id="${href.slice(1)}"].service`)).toHaveCount(1);
  });
});
