// Quick exit from the middle of a form: the answers go with the page, nothing is
// left in storage or in any URL, and Back does not bring them back.
import { test, expect, type Page } from '@playwright/test';
import { expectNoStorage, fakeNeutralSite, neutralSite } from '../helpers';
import { fillAll, formPath } from './fill';

test('Shift three times in the middle of a form leaves nothing behind', async ({
  page,
  context,
}) => {
  const seen = await fakeNeutralSite(context, 1_000);
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(formPath.young_person);
  await page.getByRole('button', { name: 'Start' }).click();
  const secret = 'Secret name 4321';
  await page.getByLabel("What's your first name?").fill(secret);
  await expectNoStorage(page);
  // Every title the tab shows from here on, reported out of the page as it changes.
  const titles: string[] = [];
  await page.exposeFunction('reportTitle', (title: string) => titles.push(title));
  await page.evaluate(() => {
    const report = (window as unknown as { reportTitle: (t: string) => void }).reportTitle;
    new MutationObserver(() => report(document.title)).observe(document.head, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await page.locator('body').press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(neutralSite);
  // While the neutral site was loading, the tab never showed the service's name again.
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((t) => t !== 'Neutral site').every((t) => t === 'Weather')).toBe(true);
  expect(seen.referers).toEqual([undefined]);
  expect(urls.some((u) => u.includes('Secret') || u.includes('4321'))).toBe(false);
  await page.goBack().catch(() => null);
  await expect(page.getByText(secret)).toHaveCount(0);
  expect(await page.evaluate(() => document.body?.innerText ?? '')).not.toContain(secret);
  await page.goto('/');
  await expectNoStorage(page);
});

test('the form drops every answer when quick exit fires', async ({ page }) => {
  await page.goto(formPath.parent_carer);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel("Your child's first name").fill('Remembered?');
  await page.getByLabel('How old are they?').fill('7');
  // Only the island's part of quick exit: the page itself stays to be looked at.
  await page.evaluate(() => window.dispatchEvent(new Event('yvs:quick-exit')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByLabel("Your child's first name")).toHaveValue('');
  await expect(page.getByLabel('How old are they?')).toHaveValue('');
});

// Each step of a form is a history entry of the same page, so the browser's Back
// moves between steps. Quick exit must leave none of them behind: Back afterwards
// reaches only what came before the form, as if quick exit had been pressed there.
const bandPage = '/young-people/11-15/';

/** Presses Back until there is nowhere to go, and says what each press showed. */
async function pressBackUntilTheStart(page: Page) {
  const reached: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const response = await page.goBack().catch(() => null);
    const url = page.url();
    if (!response && reached.at(-1) === url) break;
    const text = url.startsWith('http://127.0.0.1')
      ? await page
          .locator('main')
          .innerText()
          .catch(() => '')
      : '';
    reached.push(url);
    // Nothing of a form is ever shown again: not a step, not its first screen.
    for (const words of ['Before you start', 'Step ', 'Question ', 'Secret', 'Help shape'])
      expect(text, url).not.toContain(words);
    expect(await page.title(), url).not.toMatch(/Ask for help|Tell us what you think/);
    if (url === 'about:blank') break;
  }
  return reached.map((url) => (url.startsWith('http') ? new URL(url).pathname : url));
}

/** The addresses of the tab's whole history, and which one is showing. */
async function historyEntries(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return { currentIndex, urls: entries.map((e) => e.url) };
}

async function quickExitByShift(page: Page) {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(neutralSite);
}

test('after quick exit from a late step of a referral, Back shows nothing of the journey', async ({
  page,
  context,
}) => {
  await fakeNeutralSite(context);
  await page.goto(bandPage);
  await page.goto(formPath.young_person);
  await fillAll(page, 'young_person', 'Secret Sam');
  // Back and forth as people do: a Change from check your answers, then the step before.
  await page.getByRole('button', { name: /^Change What happened/ }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Change Who should we contact/ }).click();
  await expect(page.locator('h1')).toContainText('Step 5 of 6');
  expect(
    (await historyEntries(page)).urls.filter((u) => u.endsWith(formPath.young_person)).length,
  ).toBeGreaterThan(6);
  await quickExitByShift(page);

  const { currentIndex, urls } = await historyEntries(page);
  expect(urls.slice(0, currentIndex + 1).map((u) => u.replace(/^http:\/\/[^/]+/, ''))).toEqual([
    'about:blank',
    bandPage,
    neutralSite,
  ]);
  expect(await pressBackUntilTheStart(page)).toEqual([bandPage, 'about:blank']);

  // Forward, past the neutral site, reaches the steps' old entries: each one
  // turns straight back to the neutral site, showing nothing.
  await page.goForward();
  await page.goForward();
  await page.waitForURL(neutralSite);
  for (let i = 0; i < 3; i += 1) {
    await page.goForward().catch(() => null);
    await page.waitForURL(neutralSite);
    await expect(page.locator('h1')).toHaveText('Neutral');
    expect((await historyEntries(page)).currentIndex).toBe(2);
  }
});

test('the same after quick exit from a survey and from the panel', async ({ page, context }) => {
  await fakeNeutralSite(context);
  await page.goto(bandPage);
  await page.goto('/young-people/11-15/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel(/What should we do differently/).fill('Secret words');
  await page
    .locator('quick-exit')
    .getByRole('link', { name: /^Quick exit/ })
    .click();
  await page.waitForURL(neutralSite);
  expect(await pressBackUntilTheStart(page)).toEqual([bandPage, 'about:blank']);

  await page.goto(bandPage);
  await page.goto('/young-people/11-15/help-shape-the-service/');
  // Typed once the form is live, as a person's answers are.
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('#panel-first_name').fill('Secret Sky');
  await quickExitByShift(page);
  expect(await pressBackUntilTheStart(page)).toEqual([bandPage, 'about:blank']);
});
