// Consent follows safety, in each journey: a parent or carer it may not be safe
// to tell is never offered as someone we may contact, and a 16 or 17 year old is
// never "too young to understand". The schema and the database refuse the same
// (supabase/database/tests/anonymous.test.ts); here is what a person sees.
import { expect, test, type Page } from '@playwright/test';
import { fillStep, formPath, type Source } from './fill';

const radios = (page: Page, name: string) => page.locator(`input[name="${name}"]`);

/** Start, then fill every step before the one with this field. */
async function reach(page: Page, source: Source, field: string, age = '12') {
  await page.goto(formPath[source]);
  await page.locator('main button.button').click();
  while (!(await page.locator(`input[name="${field}"]`).count())) {
    await fillStep(page, source, 'Consent Test');
    if (await page.locator('#young_person-age').count())
      await page.locator('#young_person-age').fill(age);
    await page.locator('form button[type="submit"]').click();
  }
}

for (const source of ['young_person', 'professional'] as const) {
  test(`${source}: we may talk to the parents only once it is safe for them to know`, async ({
    page,
  }) => {
    await reach(page, source, 'parent_carer-knows');
    // The notice beside consent is a group with a name: its summary's words.
    const notice = page.locator('details.details');
    await expect(notice).toHaveAccessibleName((await notice.locator('summary').innerText()).trim());
    const mayContact = radios(page, 'parent_carer-may_contact');
    await expect(mayContact).toHaveCount(0);
    await page.locator('input[name="parent_carer-safe_to_know"][value="yes"]').check();
    await expect(mayContact).toHaveCount(2);
    await page.locator('input[name="parent_carer-may_contact"][value="yes"]').check();
    for (const unsafe of ['no', 'not_sure']) {
      await page.locator(`input[name="parent_carer-safe_to_know"][value="${unsafe}"]`).check();
      await expect(mayContact).toHaveCount(0);
    }
    // Safe again: the earlier "yes" is not remembered; the question is asked afresh.
    await page.locator('input[name="parent_carer-safe_to_know"][value="yes"]').check();
    await expect(mayContact.and(page.locator(':checked'))).toHaveCount(0);
  });
}

test('parent or carer: "too young to understand" is offered for a child of 12, not of 16', async ({
  page,
}) => {
  const tooYoung = page.locator('input[name="referrer-young_person_agreed"][value="too_young"]');
  await reach(page, 'parent_carer', 'referrer-young_person_agreed', '12');
  await expect(tooYoung).toHaveCount(1);
  await reach(page, 'parent_carer', 'referrer-young_person_agreed', '16');
  await expect(tooYoung).toHaveCount(0);
  await expect(radios(page, 'referrer-young_person_agreed')).toHaveCount(2);
});

test('living with the person who hurt them, with a phone others see: a gentle word, never a block', async ({
  page,
}) => {
  await reach(page, 'young_person', 'safety-safe_now');
  await page.locator('input[name="safety-safe_now"][value="yes"]').check();
  await page.locator('input[name="safety-harmer_lives_with_them"][value="yes"]').check();
  await page.locator('form button[type="submit"]').click();
  await fillStep(page, 'young_person', 'Consent Test');
  await page.locator('form button[type="submit"]').click();
  await page.locator('input[name="contact-via"][value="direct"]').check();
  await page.locator('#contact-channels').selectOption('text_message');
  await page.locator('#contact-phone').fill('07700 900982');
  const advice = page.getByText('You told us the person who hurt you lives with you.');
  await page.locator('input[name="contact-phone_shared"][value="no"]').check();
  await expect(advice).toHaveCount(0);
  for (const shared of ['yes', 'not_sure']) {
    await page.locator(`input[name="contact-phone_shared"][value="${shared}"]`).check();
    await expect(advice).toBeVisible();
  }
  // Email first instead: no phone to be seen, no advice.
  await page.locator('#contact-channels').selectOption('email');
  await expect(advice).toHaveCount(0);
});
