// Every screen of every journey in its empty, error and filled states: zero axe
// violations against WCAG 2.2 AA. A language changes the words, not the
// structure, so the full pass is in English, with one right-to-left pass in
// Urdu; every page of the sitemap is also checked in every language
// (every-page.spec.ts).
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers';
import { fillStep, formPath, type Source } from './fill';
import { watchCsp } from '../security';

const axe = expectNoAxeViolations;

type State = 'empty' | 'errors' | 'filled';
const passes: { lang: string; states: State[] }[] = [
  { lang: '', states: ['empty', 'errors', 'filled'] },
  // The error state has the most on it: the summary, and a message by each question.
  { lang: 'ur', states: ['errors'] },
];

const sources: Source[] = ['young_person', 'parent_carer', 'professional'];
for (const { lang, states } of passes) {
  for (const source of sources) {
    test(`${source} in ${lang || 'en'}: every step, ${states.join(', ')}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.clock.install();
      const violations = await watchCsp(page);
      await page.goto(`${lang ? `/${lang}` : ''}${formPath[source]}`);
      await axe(page, 'start');
      await page.locator('main button.button').click();
      const total = source === 'professional' ? 7 : 6;
      for (let step = 1; step <= total; step += 1) {
        await expect(page.locator('.step-count')).toContainText(String(step));
        if (states.includes('empty')) await axe(page, `step ${step}`);
        await page.locator('form button[type="submit"]').click();
        await expect(page.locator('.error-summary')).toBeFocused();
        if (states.includes('errors')) await axe(page, `step ${step} errors`);
        await fillStep(page, source, 'Test');
        if (states.includes('filled')) await axe(page, `step ${step} filled`);
        await page.locator('form button[type="submit"]').click();
      }
      await expect(page.locator('.summary-list').first()).toBeVisible();
      await axe(page, 'check');
      await page.clock.fastForward(10_000);
      await page.locator('main .actions .button').click();
      await expect(page.locator('.reference')).toBeVisible();
      await axe(page, 'confirmation');
      // Every step ran under the policy: nothing it had to block.
      expect(violations).toEqual([]);
    });
  }
}
