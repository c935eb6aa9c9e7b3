// Fills each step with valid answers by field id and value, so the same code works
// in every language. Used where the words on screen are not what a test is about.
import { expect, type Page } from '@playwright/test';

const radio = (page: Page, name: string, value: string) =>
  page.locator(`input[name="${name}"][value="${value}"]`).check();

export type Source = 'young_person' | 'parent_carer' | 'professional';

export async function fillStep(page: Page, source: Source, name: string): Promise<void> {
  // A step is on screen: the questions arrive a moment after Start, which fetches them.
  await expect(page.locator('.step-count')).toBeVisible();
  const heading = page.locator('form');
  if (await page.locator('#young_person-first_name').count()) {
    await page.locator('#young_person-first_name').fill(name);
    await page.locator('#young_person-age').fill('12');
    await page.locator('#young_person-area').fill('Reading');
  } else if (await page.locator('#what_happened-categories-input').count()) {
    await page.locator('#what_happened-categories-input').check();
    await page.locator('#what_happened-involvement-input').check();
    await page.locator('#what_happened-when-input').check();
    await radio(page, 'what_happened-reported_to_police', 'no');
  } else if (await page.locator('#safety-safe_now-input').count()) {
    await radio(page, 'safety-safe_now', 'no');
    await radio(page, 'safety-harmer_lives_with_them', 'no');
    if (source === 'professional') {
      await radio(page, 'professional-safeguarding_lead_told', 'yes');
      await radio(page, 'professional-safeguarding_referral_made', 'yes');
    }
  } else if (await page.locator('#support-wanted-input').count()) {
    await page.locator('#support-wanted-input').check();
  } else if (await page.locator('#contact-language-input').count()) {
    if (source !== 'parent_carer') await radio(page, 'contact-via', 'direct');
    await page.locator('#contact-channels').selectOption('phone_call');
    if (source !== 'parent_carer') await page.locator('#contact-phone').fill('07700 900982');
    await radio(page, 'contact-phone_shared', 'no');
    await radio(page, 'contact-voicemail_ok', 'no');
    await radio(page, 'contact-say_who_we_are', 'no');
    await radio(page, 'contact-language', 'en');
    await radio(page, 'contact-interpreter', 'no');
    if (source === 'parent_carer') await page.locator('#consents-input').check();
  } else if (await page.locator('#referrer-name').count()) {
    await page.locator('#referrer-name').fill('A Referrer');
    if (source === 'professional') {
      await page.locator('#referrer-role').fill('Teacher');
      await page.locator('#referrer-organisation').fill('A School');
      await page.locator('#referrer-organisation_type-input').check();
      await page.locator('#referrer-email').fill('teacher@example.sch.uk');
      await page.locator('#referrer-phone').fill('01865 000000');
    } else {
      await page.locator('#referrer-relationship-input').check();
      await page.locator('#referrer-young_person_agreed-input').check();
      await page.locator('#referrer-phone').fill('07700 900123');
    }
  } else if (await page.locator('#parent_carer-knows-input').count()) {
    if (source === 'professional')
      await page.locator('#professional-young_person_agreed-input').check();
    await radio(page, 'parent_carer-knows', 'yes');
    await radio(page, 'parent_carer-safe_to_know', 'yes');
    await radio(page, 'parent_carer-may_contact', 'no');
    await page.locator('#consents-input').check();
  } else {
    throw new Error(`unknown step: ${await heading.innerText()}`);
  }
}

/** Start, then every step, ending on check your answers. */
export async function fillAll(page: Page, source: Source, name: string): Promise<void> {
  await page.locator('main button.button').click();
  for (let step = 0; step < (source === 'professional' ? 7 : 6); step += 1) {
    await fillStep(page, source, name);
    await page.locator('form button[type="submit"]').click();
  }
  await expect(page.locator('.summary-list').first()).toBeVisible();
}

export const formPath: Record<Source, string> = {
  young_person: '/young-people/11-15/ask-for-help/',
  parent_carer: '/parents/ask-for-help/',
  professional: '/professionals/refer/',
};
