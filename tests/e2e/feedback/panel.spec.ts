// Offering to join the young people's panel, in every language: filled in with
// the keyboard alone, axe clean with and without errors, and read back as the
// case system receives it. It is reached from a survey by a plain link that
// carries nothing, and it sends nothing of any survey.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoStorage } from '../helpers';
import { pullPanel, uniqueName } from '../case-system';
import { press, tabTo, tick, typeInto } from '../referral/keyboard';

const words = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../src/i18n/locales/${lang}/panel.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
const path = (lang: string, band: string) =>
  `${lang === 'en' ? '' : `/${lang}`}/young-people/${band}/help-shape-the-service/`;

for (const [lang, band] of [
  ['en', '11-15'],
  ['pl', '16-17'],
  ['ur', '5-10'],
] as const) {
  test(`${band} in ${lang}: by keyboard, axe clean, arrives with only the chosen detail`, async ({
    page,
  }) => {
    const w = words(lang);
    const name = uniqueName(`Panel ${lang}`).slice(0, 60);
    await page.clock.install();
    await page.goto(path(lang, band));
    await expect(page.locator('main h1')).toHaveText(w['page.title']!);
    await expect(page.locator('main')).toContainText(w['intro.separate']!);
    if (band === '5-10') await expect(page.locator('main')).toContainText(w['intro.young']!);
    const check = (where: string) => expectNoAxeViolations(page, `${lang} ${band}: ${where}`);
    await check('empty');

    const submit = page.locator('form button[type="submit"]');
    await press(page, submit);
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary a')).toHaveText([
      w['error.first_name.required']!,
      w['error.contact_method.required']!,
      w['error.consent.required']!,
    ]);
    await check('errors');

    await page.clock.fastForward(10_000);
    await typeInto(page, page.locator('#panel-first_name'), name);
    // The first way offered is a text message; choosing it reveals the number's box.
    await tabTo(page, page.locator('#panel-contact_method-input'));
    await page.keyboard.press('Space');
    await typeInto(page, page.locator('#panel-phone'), '07700 900 456');
    await tick(page, page.locator('#panel-consent-input'));
    await check('filled in');
    await press(page, submit);
    await expect(page.locator('main h1')).toHaveText(w['done.title']!);
    await check('thanks');
    await expectNoStorage(page);

    const docs = await pullPanel(name);
    expect(docs).toEqual([
      {
        version: 1,
        reference: expect.any(String),
        received_at: expect.any(String),
        age_band: band,
        language: lang,
        first_name: name,
        contact_method: 'text',
        phone: '07700 900 456',
        consent: true,
      },
    ]);
  });
}

test('switching to email sends the address only, and a bad one is caught on the field', async ({
  page,
}) => {
  const name = uniqueName('Panel email').slice(0, 60);
  await page.clock.install();
  await page.goto(path('en', '16-17'));
  // The send button is enabled once the form is live; typing before then is lost.
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('#panel-first_name').fill(name);
  await page.locator('#panel-contact_method-input').check();
  await page.locator('#panel-phone').fill('07700 900 456');
  await page.locator('#panel-contact_method-email').check();
  await page.locator('#panel-email').fill('not an address');
  await page.locator('#panel-consent-input').check();
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.error-summary a')).toHaveText([
    'Enter an email address like name@example.com',
  ]);
  await expectNoAxeViolations(page, 'email error');
  await page.locator('#panel-email').fill('zoe@example.org');
  // After the form is in use, so the time it measures is a person's reading time.
  await page.clock.fastForward(10_000);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('main h1')).toHaveText('Thank you');
  const [doc] = await pullPanel(name);
  expect(doc).toMatchObject({ contact_method: 'email', email: 'zoe@example.org' });
  expect(doc).not.toHaveProperty('phone');
});

test('a survey’s last screen links here plainly, and nothing of the survey comes along', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/young-people/16-17/feedback/#token=ABCDEFGHJKMNPQRSTVWXYZ23');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward(10_000);
  const submit = page.locator('form button[type="submit"]');
  await submit.click();
  await submit.click();
  await page.locator('textarea').fill('Survey words that must stay behind');
  await submit.click();
  await expect(page.locator('main h1')).toHaveText('Thank you');
  await page.getByRole('link', { name: "Join our young people's panel" }).click();
  await expect(page).toHaveURL(/\/young-people\/16-17\/help-shape-the-service\/$/);
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.locator('#panel-first_name')).toHaveValue('');
  await expect(page.locator('main')).not.toContainText('Survey words');
});
