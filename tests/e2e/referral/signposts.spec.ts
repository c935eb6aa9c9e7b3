// Signposts (too young to ask alone, 18 or over, outside Thames Valley) and the
// area question follow a whole answer, not each keystroke: "1" on the way to "13"
// never shows the under-11 signpost, and the area question does not come and go
// while a town is typed. Signposts go into a live region that is on the page
// before them, which is what makes screen readers say them.
import { test, expect, type Page } from '@playwright/test';
import en from '../../../src/i18n/locales/en/referral.json' with { type: 'json' };
import { SETTLE_MS } from '../../../src/islands/fields/settled';
import { formPath } from './fill';

const next = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

async function start(page: Page) {
  await page.clock.install();
  await page.goto(formPath.young_person);
  await page.getByRole('button', { name: 'Start' }).click();
  // The questions arrive a moment after Start, which fetches them.
  await expect(page.locator('.signposts')).toHaveCount(2);
}

/** Every text a live region shows from now on, and every time the area question comes or goes. */
async function watch(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    const regions = [...document.querySelectorAll<HTMLElement>('.signposts')];
    regions.forEach((region, i) => {
      region.dataset.before = String(i);
      new MutationObserver(() => {
        if (region.textContent) seen.push(`region ${i}: ${region.textContent}`);
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
    let asked = false;
    new MutationObserver(() => {
      const now = !!document.getElementById('young_person-county');
      if (now !== asked) seen.push(now ? 'area question shown' : 'area question gone');
      asked = now;
    }).observe(document.querySelector('main')!, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
}

async function typeSlowly(page: Page, text: string, gapMs: number) {
  for (const letter of text) {
    await page.keyboard.type(letter);
    await page.clock.runFor(gapMs);
  }
}

test('age signposts wait for the whole age, and appear in a live region already there', async ({
  page,
}) => {
  await start(page);
  const regions = page.locator('.signposts');
  await expect(regions).toHaveCount(2);
  for (const region of await regions.all()) {
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await expect(region).toBeEmpty();
    await expect(region).not.toHaveAttribute('role');
  }
  const seen = await watch(page);
  const age = page.getByLabel('How old are you?');
  await age.focus();

  // Typed at a person's pace: 1 then 3, then 13 is left to stand.
  await typeSlowly(page, '13', 250);
  await page.clock.runFor(SETTLE_MS * 2);
  expect(await seen()).toEqual([]);

  // 9 is under 11: said once the age stops changing, not before.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  await page.clock.runFor(SETTLE_MS - 100);
  expect(await seen()).toEqual([]);
  await page.clock.runFor(200);
  const first = regions.first();
  await expect(first).toContainText(en['route.under11.title']);
  await expect(first).toHaveAttribute('data-before', '0');
  await expect(first.getByRole('link', { name: en['route.under11.link'] })).toHaveAttribute(
    'href',
    '/young-people/5-10/ask-for-help/',
  );
  expect(await seen()).toEqual([expect.stringContaining(en['route.under11.title'])]);

  // 19, then Tab at once: the signpost is there before focus moves on.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('19');
  await page.keyboard.press('Tab');
  await expect(first).toContainText(en['route.adult.title']);
  await expect(first.getByRole('link', { name: en['route.adult.link'] })).toHaveAttribute(
    'href',
    '/18-or-over/',
  );
  expect(await seen()).toEqual([expect.stringContaining(en['route.adult.title'])]);

  // A signpost is advice; the error says what to fix.
  await age.fill('abc');
  await next(page);
  await expect(page.locator('.error-summary a')).toContainText([
    'Enter an age in numbers, like 14',
  ]);
  await age.fill('19');
  await next(page);
  await expect(page.locator('.error-summary a')).toContainText(['Enter an age from 11 to 17']);
});

test('the area question stays put while a town is typed, and Tab reaches it when it is new', async ({
  page,
}) => {
  await start(page);
  const seen = await watch(page);
  const area = page.getByLabel(/Which town/);
  await area.focus();

  // Each part of "Reading" on the way is a town we do not know: nothing comes and goes.
  await typeSlowly(page, 'Reading', 150);
  await page.clock.runFor(SETTLE_MS * 2);
  expect(await seen()).toEqual([]);
  await expect(page.getByRole('group', { name: en['county.self'] })).toHaveCount(0);

  // A town we do not know, typed fast, then Tab: the question is asked, and Tab
  // lands in it rather than skipping past it.
  await area.fill('');
  await page.keyboard.type('Little Snoring');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: en['county.self'] })).toBeVisible();
  await expect(page.locator('#young_person-county-input')).toBeFocused();
  expect(await seen()).toEqual(['area question shown']);

  // A postcode outside Thames Valley: the signpost, in the second region.
  await area.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await typeSlowly(page, 'SW1A 1AA', 100);
  await page.clock.runFor(SETTLE_MS);
  const after = page.locator('.signposts').nth(1);
  await expect(after).toContainText(en['route.outside.title']);
  await expect(after).toHaveAttribute('data-before', '1');
  await expect(after.getByRole('link', { name: en['route.outside.link'] })).toHaveAttribute(
    'href',
    '/outside-thames-valley/',
  );
  const last = await seen();
  expect(last).toHaveLength(2);
  expect(last).toContain('area question gone');
  expect(last.some((text) => text.includes(en['route.outside.title']))).toBe(true);
});
