// The grown-ups' surveys, for parents and carers and for professionals, in every
// language: answered with the keyboard alone, checked with axe on every screen,
// and read back as the case system receives them. The last screen points to the
// young people's panel with a plain link.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoStorage } from '../helpers';
import { issueToken, pullAdultFeedback } from '../case-system';
import { press, tabTo } from '../referral/keyboard';

const words = (lang: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../src/i18n/locales/${lang}/adult-feedback.json`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, string>;
const unique = (label: string) =>
  `${label} ${Math.random().toString(36).slice(2, 8)} – dziękuję 🙏 شکریہ`;
const surveys = [
  { respondent: 'parent_carer', path: '/parents/feedback/' },
  { respondent: 'professional', path: '/professionals/feedback/' },
] as const;

/** Every question answered by keyboard; the clock moves on as a reader's would. */
async function answerByKeyboard(
  page: Page,
  comment: string,
  check: (where: string) => Promise<void>,
) {
  const submit = page.locator('form button[type="submit"]');
  await press(page, page.locator('main button.button'));
  await page.clock.fastForward(10_000);
  await check('questions');
  // Tab reaches each group on its first radio; Space chooses it, arrows move on.
  await tabTo(page, page.locator('#feedback-ease-input'));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#feedback-ease-easy')).toBeChecked();
  await tabTo(page, page.locator('#feedback-knew_next-input'));
  await page.keyboard.press('Space');
  await tabTo(page, page.locator('#feedback-satisfaction-input'));
  await page.keyboard.press('Space');
  await press(page, submit);
  await check('comment');
  await tabTo(page, page.locator('#feedback-comment'));
  await page.keyboard.type(comment);
  await press(page, submit);
}

for (const lang of ['en', 'pl', 'ur'] as const) {
  for (const { respondent, path } of surveys) {
    test(`${respondent} in ${lang}: by keyboard, axe clean, arrives as given`, async ({ page }) => {
      const prefix = lang === 'en' ? '' : `/${lang}`;
      const w = words(lang);
      const comment = unique(`${respondent} ${lang}`);
      await page.clock.install();
      await page.goto(`${prefix}${path}`);
      await expect(page.locator('main h1')).toHaveText(w[`page.title.${respondent}`]!);
      const check = (where: string) => expectNoAxeViolations(page, `${path} ${lang}: ${where}`);
      await check('start');
      await answerByKeyboard(page, comment, check);
      await expect(page.locator('main h1')).toHaveText(w['done.title']!);
      await expect(page.locator('main h1')).toBeFocused();
      await check('thanks');
      const panel = page.getByRole('link', { name: w['done.panelLink'] });
      await expect(panel).toHaveAttribute(
        'href',
        `${prefix}/young-people/11-15/help-shape-the-service/`,
      );
      await expectNoStorage(page);

      const docs = await pullAdultFeedback(comment);
      expect(docs).toHaveLength(1);
      expect(docs[0]).toEqual({
        version: 1,
        reference: expect.stringMatching(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/),
        received_at: expect.any(String),
        respondent,
        language: lang,
        answers: { ease: 'easy', knew_next: 'yes', satisfaction: 5, comment },
      });
    });
  }
}

test('sending nothing at all asks for one answer, and axe is clean with the error', async ({
  page,
}) => {
  await page.goto('/professionals/feedback/');
  await page.locator('main button.button').click();
  const submit = page.locator('form button[type="submit"]');
  await submit.click();
  await submit.click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary a')).toHaveText(words('en')['error.required']!);
  await expectNoAxeViolations(page, 'with an error');
});

test('a caseworker’s link counts a parent’s answers for the case once', async ({ page }) => {
  const caseId = `CMS-${Math.random().toString(36).slice(2, 8)}`;
  const token = await issueToken(caseId);
  const comment = unique('Linked parent');
  await page.clock.install();
  await page.goto(`/parents/feedback/#token=${token}`);
  await expect(page.locator('main button.button')).toBeEnabled();
  expect(new URL(page.url()).hash).toBe('');
  await answerByKeyboard(page, comment, async () => {});
  await expect(page.locator('main h1')).toHaveText('Thank you');
  const [doc] = await pullAdultFeedback(comment);
  expect(doc).toMatchObject({ respondent: 'parent_carer', linked_case_id: caseId });
});
