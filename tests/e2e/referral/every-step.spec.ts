// Every screen of every journey in its empty, error and filled states: zero axe
// violations against WCAG 2.2 AA, and the page title each screen should have
// ("About you – Step 1 of 6 – Ask for help – Young Victims Service", with
// "Error: " first while errors show). A language changes the words, not the
// structure, so the full axe pass is in English, with one right-to-left pass in
// Urdu (where English words must be marked as English) and a pass for the
// titles in Polish; every page of the sitemap is also checked in every language
// (every-page.spec.ts).
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoMarkupShown, unmarkedEnglish } from '../helpers';
import { fillStep, formPath, stepCount, type Source } from './fill';
import { referralTitles, type Lang } from './titles';
import { watchCsp } from '../security';

const axe = expectNoAxeViolations;

type State = 'empty' | 'errors' | 'filled';
const all: Source[] = ['young_person', 'parent_carer', 'professional'];
const passes: { lang: Lang; states: State[]; sources: Source[] }[] = [
  { lang: 'en', states: ['empty', 'errors', 'filled'], sources: all },
  // The error state has the most on it: the summary, and a message by each question.
  { lang: 'ur', states: ['errors'], sources: all },
  { lang: 'pl', states: [], sources: ['professional'] },
];

for (const { lang, states, sources } of passes) {
  for (const source of sources) {
    test(`${source} in ${lang}: every step, ${states.join(', ') || 'titles'}`, async ({ page }) => {
      test.setTimeout(90_000);
      const title = referralTitles(lang, source);
      await page.clock.install();
      const violations = await watchCsp(page);
      await page.goto(`${lang === 'en' ? '' : `/${lang}`}${formPath[source]}`);
      await expect(page).toHaveTitle(title.page);
      if (states.length) await axe(page, 'start');
      await page.locator('main button.button').click();
      const total = stepCount[source];
      for (let step = 1; step <= total; step += 1) {
        await expect(page.locator('h1 .step-count')).toContainText(String(step));
        await expect(page).toHaveTitle(title.step(step - 1));
        if (states.includes('empty')) await axe(page, `step ${step}`);
        await page.locator('form button[type="submit"]').click();
        await expect(page.locator('.error-summary')).toBeFocused();
        await expect(page).toHaveTitle(title.error(title.step(step - 1)));
        if (states.includes('errors')) await axe(page, `step ${step} errors`);
        if (lang === 'ur') {
          await expectNoMarkupShown(page, `step ${step}`);
          expect(await unmarkedEnglish(page, '[aria-hidden="true"]'), `step ${step}`).toEqual([]);
        }
        await fillStep(page, source, 'Test');
        if (states.includes('filled')) await axe(page, `step ${step} filled`);
        await page.locator('form button[type="submit"]').click();
      }
      await expect(page.locator('.summary-list').first()).toBeVisible();
      await expect(page).toHaveTitle(title.check);
      if (states.length) await axe(page, 'check');
      if (lang === 'ur') {
        // What was typed is shown as typed; everything else is the form's own words.
        const typed = '.summary-list__value, [aria-hidden="true"]';
        expect(await unmarkedEnglish(page, typed), 'check').toEqual([]);
      }
      await page.clock.fastForward(10_000);
      await page.locator('main .actions .button').click();
      await expect(page.locator('.reference')).toBeVisible();
      await expect(page).toHaveTitle(title.done);
      if (states.length) await axe(page, 'confirmation');
      // Every step ran under the policy: nothing it had to block.
      expect(violations).toEqual([]);
    });
  }
}
