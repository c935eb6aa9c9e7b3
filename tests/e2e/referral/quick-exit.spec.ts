// Quick exit from the middle of a form: the answers go with the page, nothing is
// left in storage or in any URL, and Back does not bring them back.
import { test, expect } from '@playwright/test';
import { expectNoStorage, fakeNeutralSite, neutralSite } from '../helpers';
import { formPath } from './fill';

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
