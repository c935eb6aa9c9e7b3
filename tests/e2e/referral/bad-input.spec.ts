// Bad input gets a clear message and nothing is stored; odd-looking but honest
// text (markup, SQL, emoji) is kept exactly as typed and never run.
import { test, expect, type Page } from '@playwright/test';
import { pullReferrals, uniqueName } from '../case-system';
import { fillAll, formPath } from './fill';
import { limits } from '../../../src/schemas';

const start = async (page: Page, path = formPath.young_person) => {
  await page.goto(path);
  await page.getByRole('button', { name: 'Start' }).click();
};
const next = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();
const summaryLinks = (page: Page) => page.locator('.error-summary a');

test('an empty step lists every problem, in order, and each link reaches its field', async ({
  page,
}) => {
  await start(page);
  await next(page);
  await expect(page.locator('.error-summary')).toBeFocused();
  // Its words are in an alert of their own inside it, as in govuk-frontend.
  await expect(page.locator('.error-summary > [role="alert"]')).toContainText('There is a problem');
  await expect(summaryLinks(page)).toHaveText([
    'Enter a first name',
    'Enter an age',
    'Enter a town or the first part of a postcode',
  ]);
  await expect(page).toHaveTitle(/^Error: /);
  await summaryLinks(page).nth(1).click();
  await expect(page.getByLabel('How old are you?')).toBeFocused();
  for (const label of ["What's your first name?", 'How old are you?']) {
    const input = page.getByLabel(label);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAttribute('required', '');
  }
});

test('text longer than the schema allows cannot be typed', async ({ page }) => {
  await start(page);
  const name = page.getByLabel("What's your first name?");
  await expect(name).toHaveAttribute('maxlength', String(limits.firstName));
  await name.fill('x'.repeat(limits.firstName + 25));
  await expect(name).toHaveValue('x'.repeat(limits.firstName));
});

// Signposts for age and area, and the area question: signposts.spec.ts.

test('invalid email and phone numbers get messages that say how to fix them', async ({ page }) => {
  await start(page, formPath.professional);
  await page.getByLabel('Your full name').fill('A Teacher');
  await page.getByLabel('Your job title').fill('Teacher');
  await page.getByLabel('Your school or organisation').fill('School');
  await page.getByLabel('School, college or nursery').check();
  await page.getByLabel('Your work email address').fill('not-an-email');
  await page.getByLabel('Your work phone number').fill('12345');
  await next(page);
  await expect(summaryLinks(page)).toHaveText([
    'Enter your work email address in the correct format, like name@example.com',
    'Enter your work phone number as a UK number, like 01865 000 000',
  ]);
});

test('markup and SQL-looking text are stored exactly as typed and never run', async ({ page }) => {
  const name = uniqueName('<b>Bob</b>');
  const sql = "Robert'); drop table referrals;-- <img src=x onerror=alert(1)>";
  let dialogs = 0;
  page.on('dialog', (d) => ((dialogs += 1), d.dismiss()));
  await page.clock.install();
  await page.goto(formPath.young_person);
  await fillAll(page, 'young_person', name);
  await page.getByRole('button', { name: 'Change What happened? Choose all that fit' }).click();
  await page.getByLabel(/Tell us what happened/).fill(sql);
  await next(page);
  await expect(page.getByRole('main')).toContainText(sql);
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('.reference')).toBeVisible();
  const docs = await pullReferrals(name);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({
    young_person: { first_name: name },
    what_happened: { details: sql },
  });
  expect(dialogs).toBe(0);
});

test('a robot that fills the hidden field is thanked and nothing is stored', async ({ page }) => {
  const name = uniqueName('Robot');
  await page.clock.install();
  await page.goto(formPath.young_person);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#yvs-extra-note').fill('https://spam.example');
  await page.getByRole('button', { name: 'Back' }).click();
  await fillAll(page, 'young_person', name);
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('.reference')).toBeVisible();
  expect(await pullReferrals(name, { waitMs: 0 })).toHaveLength(0);
});

test('a form sent faster than anyone could read it is treated the same way', async ({ page }) => {
  const name = uniqueName('Fast');
  // The page's clock stands still: however long this machine takes to fill the
  // form in, no time passes for the form.
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
  await page.goto(formPath.young_person);
  await fillAll(page, 'young_person', name);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('.reference')).toBeVisible();
  expect(await pullReferrals(name, { waitMs: 0 })).toHaveLength(0);
});
