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
