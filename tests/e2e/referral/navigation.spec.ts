// The browser's own Back and Forward move between steps and keep every answer;
// the address never changes and never holds an answer.
import { test, expect } from '@playwright/test';
import { formPath } from './fill';

test('browser Back and Forward move between steps and keep the answers', async ({ page }) => {
  await page.goto(formPath.young_person);
  const address = page.url();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel("What's your first name?").fill('Sam');
  await page.getByLabel('How old are you?').fill('13');
  await page.getByLabel(/Which town/).fill('Slough');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();

  await page.goBack();
  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  await expect(page.getByLabel("What's your first name?")).toHaveValue('Sam');
  await expect(page.getByLabel('How old are you?')).toHaveValue('13');
  await page.goForward();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => JSON.stringify(history.state))).not.toContain('Sam');
});

test('a 16 year old who came in through the 11 to 15 pages is asked about their own relationships', async ({
  page,
}) => {
  await page.goto(formPath.young_person);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel("What's your first name?").fill('Kit');
  await page.getByLabel('How old are you?').fill('16');
  await page.getByLabel(/Which town/).fill('Oxford');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Abuse from a boyfriend, girlfriend or partner')).toBeVisible();
});

test('once a form is started, the page’s Back link is the form’s Back, and answers are kept', async ({
  page,
}) => {
  await page.goto(formPath.young_person);
  const address = page.url();
  const pageBack = page.locator('a.back-link');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel("What's your first name?").fill('Sam');
  await page.getByLabel('How old are you?').fill('13');
  await page.getByLabel(/Which town/).fill('Slough');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main h1')).toContainText('Step 2 of 6');
  await pageBack.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toContainText('Step 1 of 6');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByLabel("What's your first name?")).toHaveValue('Sam');
  await pageBack.click();
  await expect(page.locator('main h1')).toHaveText('Before you start');
  expect(page.url()).toBe(address);
  // Not started any more: the link is a link again.
  await pageBack.click();
  await page.waitForURL('**/young-people/11-15/');

  // A survey: its previous question.
  await page.goto('/young-people/11-15/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('a.back-link').click();
  await expect(page.locator('main h1')).toContainText('Question 1 of 3');

  // The panel has no steps: it asks before what was typed is lost.
  await page.goto('/young-people/11-15/help-shape-the-service/');
  // The form asks before leaving once it is live (its send button is enabled then):
  // until then the box is the server's HTML and the link an ordinary link.
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('#panel-first_name').fill('Sky');
  const asked: string[] = [];
  page.once('dialog', (dialog) => (asked.push(dialog.message()), dialog.dismiss()));
  await page.locator('a.back-link').click();
  await expect
    .poll(() => asked)
    .toEqual(['If you go back now, what you have written here will be lost. Go back?']);
  await expect(page.locator('#panel-first_name')).toHaveValue('Sky');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('a.back-link').click();
  await page.waitForURL('**/young-people/11-15/');
});
