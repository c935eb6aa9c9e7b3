// A referral in Urdu, right to left, with the keyboard alone: focus after each
// thing the person does, and the page title on each screen, in Urdu.
import { test, expect } from '@playwright/test';
import { apiURL } from '../../playwright.config';
import { pullReferrals, uniqueName } from '../case-system';
import { fillStep, formPath, stepCount } from './fill';
import {
  backTo,
  continueTo,
  expectErrorSummaryFocused,
  expectHeadingFocused,
  sendRefusedThenRetry,
} from './focus';
import { press } from './keyboard';
import { referralTitles } from './titles';

test('an 11 to 15 year old asks for help in Urdu, by keyboard', async ({ page }) => {
  const name = uniqueName('نام');
  const ur = referralTitles('ur', 'young_person');
  await page.clock.install();
  await page.goto(`/ur${formPath.young_person}`);
  await expect(page).toHaveTitle(ur.page);
  await press(page, page.locator('main button.button'));
  await expectHeadingFocused(page, ur.stepCount(0));
  await expect(page).toHaveTitle(ur.step(0));

  // Continue with nothing answered: the error summary; its first link, the field.
  await press(page, page.locator('form button[type="submit"]'));
  await expectErrorSummaryFocused(page);
  await expect(page).toHaveTitle(ur.error(ur.step(0)));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#young_person-first_name')).toBeFocused();

  await fillStep(page, 'young_person', name, { keyboard: true });
  await continueTo(page, ur.stepCount(1));
  await expect(page).toHaveTitle(ur.step(1));
  await backTo(page, ur.stepCount(0));
  await expect(page.locator('#young_person-first_name')).toHaveValue(name);
  await continueTo(page, ur.stepCount(1));
  const steps = stepCount.young_person;
  for (let step = 1; step < steps; step += 1) {
    await fillStep(page, 'young_person', name, { keyboard: true });
    if (step < steps - 1) await continueTo(page, ur.stepCount(step + 1));
  }
  await continueTo(page, ur.say('check.title'));
  await expect(page).toHaveTitle(ur.check);

  // Change the support wanted, and come back to check your answers.
  await press(
    page,
    page.locator('[aria-labelledby="check-support"] .summary-list__actions button').first(),
  );
  await expectHeadingFocused(page, ur.stepCount(3));
  await continueTo(page, ur.say('check.title'));

  await page.clock.fastForward(10_000);
  await sendRefusedThenRetry(page, {
    rpc: `${apiURL}/rest/v1/rpc/submit_referral`,
    button: page.locator('main .actions .button'),
    retry: ur.say('status.failed.retry'),
  });
  await expectHeadingFocused(page, ur.say('done.title'));
  await expect(page).toHaveTitle(ur.done);
  expect(await pullReferrals(name)).toHaveLength(1);
});
