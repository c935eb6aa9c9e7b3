// The feedback survey per age band: answered as a person would, sent, and read
// back as the case system receives it. A token links answers to a case once, and
// never says whether it was known; no answer carries anyone's identity.
import { test, expect, type Page } from '@playwright/test';
import { apiURL } from '../../playwright.config';
import { expectNoAxeViolations, expectNoStorage, unmarkedEnglish } from '../helpers';
import { issueToken, pullFeedback } from '../case-system';
import { press } from '../referral/keyboard';
import {
  backTo,
  continueTo,
  expectErrorSummaryFocused,
  expectHeadingFocused,
  sendRefusedThenRetry,
} from '../referral/focus';

const unique = (label: string) =>
  `${label} ${Math.random().toString(36).slice(2, 8)} – dziękuję 🙏 شکریہ`;
/**
 * People take a few seconds to read, and the survey treats anything faster as a
 * robot (tested below): the page's clock is moved on rather than waited for.
 */
async function open(page: Page, path: string) {
  await page.clock.install();
  await page.goto(path);
}
const takeTimeToRead = (page: Page) => page.clock.fastForward(10_000);
const next = (page: Page) => page.getByRole('button', { name: /^(Continue|Send)$/ }).click();

async function answerOlder(page: Page, comment: string) {
  await page.getByRole('button', { name: 'Start' }).click();
  await takeTimeToRead(page);
  await page
    .getByRole('group', { name: 'Knowing how to cope with what happened' })
    .getByLabel('Better')
    .check();
  await page.getByRole('group', { name: 'Feeling safe' }).getByLabel('About the same').check();
  await next(page);
  await page.getByLabel('Very happy').check();
  await page.getByRole('group', { name: 'Did you feel listened to?' }).getByLabel('Yes').check();
  await page
    .getByRole('group', { name: /tell a friend/ })
    .getByLabel('Maybe')
    .check();
  await next(page);
  await page.getByLabel(/What should we do differently/).fill(comment);
  await next(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
}

test('5 to 10: faces with words, read with a grown-up', async ({ page }) => {
  const comment = unique('Small');
  await open(page, '/young-people/5-10/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await takeTimeToRead(page);
  const feel = page.getByRole('group', { name: /How do you feel now/ });
  await expect(feel.getByRole('radio')).toHaveCount(4);
  await expect(feel.locator('svg.face')).toHaveCount(4);
  await feel.getByLabel('Better').check();
  // The chosen face is marked by more than colour: in forced colours too (which
  // repaint every border in one colour and drop shadows), its border is thicker.
  await page.emulateMedia({ forcedColors: 'active' });
  const borders = await feel
    .locator('.option__label')
    .evaluateAll((labels) => labels.map((l) => getComputedStyle(l).borderTopWidth));
  const chosen = await feel
    .getByRole('radio')
    .evaluateAll((r) => r.map((input) => (input as HTMLInputElement).checked));
  const widthOf = (picked: boolean) => borders.filter((_, i) => chosen[i] === picked);
  expect(new Set(widthOf(false)).size).toBe(1);
  expect(parseFloat(widthOf(true)[0] ?? '0')).toBeGreaterThanOrEqual(
    parseFloat(widthOf(false)[0] ?? '0') + 2,
  );
  await page.emulateMedia({ forcedColors: 'none' });
  await next(page);
  await page.getByRole('group', { name: /safer/ }).getByLabel('Not sure').check();
  await next(page);
  await page
    .getByRole('group', { name: /listen to you/ })
    .getByLabel('A bit')
    .check();
  await next(page);
  await page.getByLabel(/anything else you want to tell us/).fill(comment);
  await next(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
  await expectNoStorage(page);
  const docs = await pullFeedback(comment);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({
    age_band: '5-10',
    language: 'en',
    answers: { wellbeing: 'better', safe: 'not_sure', listened_to: 'a_bit', comment },
  });
  expect(docs[0]).not.toHaveProperty('linked_case_id');
});

for (const band of ['11-15', '16-17'] as const) {
  test(`${band}: anonymous by default, every answer arrives as given`, async ({ page }) => {
    const comment = unique(band);
    await open(page, `/young-people/${band}/feedback/`);
    await answerOlder(page, comment);
    await expectNoStorage(page);
    const docs = await pullFeedback(comment);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.answers).toEqual({
      informed: 'better',
      safe: 'same',
      satisfaction: 5,
      listened_to: 'yes',
      recommend: 'maybe',
      comment,
    });
    expect(docs[0]).toMatchObject({ age_band: band, language: 'en' });
    expect(Object.keys(docs[0] ?? {}).sort()).toEqual([
      'age_band',
      'answers',
      'language',
      'received_at',
      'reference',
      'version',
    ]);
  });
}

test('a caseworker’s link counts the answers for the case once, and says nothing either way', async ({
  page,
}) => {
  const caseId = `CMS-${Math.random().toString(36).slice(2, 8)}`;
  const token = await issueToken(caseId);
  const first = unique('Linked');
  await open(page, `/young-people/11-15/feedback/#token=${token}`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  expect(new URL(page.url()).hash).toBe('');
  await answerOlder(page, first);
  // The optional equality questions arrive a moment after the thanks, either way.
  await expect(page.locator('section.monitoring')).toBeVisible();
  const thanks = await page.getByRole('main').innerText();

  const second = unique('Reused');
  // Opened again later, as a fresh page: the same link a second time.
  await page.goto('about:blank');
  await page.goto(`/young-people/11-15/feedback/#token=${token}`);
  await answerOlder(page, second);
  await expect(page.locator('section.monitoring')).toBeVisible();
  expect(await page.getByRole('main').innerText()).toBe(thanks);

  const [linked] = await pullFeedback(first);
  const [unlinked] = await pullFeedback(second);
  expect(linked).toMatchObject({ linked_case_id: caseId });
  expect(unlinked).toBeDefined();
  expect(unlinked).not.toHaveProperty('linked_case_id');
});

test('11-15 by keyboard: focus after each action, a title for each screen, the error on the first question', async ({
  page,
}) => {
  const comment = unique('Keyboard');
  await open(page, '/young-people/11-15/feedback/');
  const base = await page.title();
  const first = 'Since getting support from us, how are things?';
  await press(page, page.getByRole('button', { name: 'Start' }));
  await expectHeadingFocused(page, 'Question 1 of 3');
  await expect(page).toHaveTitle(`${first} – Question 1 of 3 – ${base}`);
  await continueTo(page, 'Question 2 of 3');
  await expect(page).toHaveTitle(`About the support you got – Question 2 of 3 – ${base}`);
  await backTo(page, 'Question 1 of 3');
  // Back from the first question: the first screen's heading, not the page.
  await backTo(page, 'Tell us how it went');
  await expect(page).toHaveTitle(base);
  await press(page, page.getByRole('button', { name: 'Start' }));
  await continueTo(page, 'Question 2 of 3');
  await continueTo(page, 'Question 3 of 3');
  await expect(page).toHaveTitle(
    `What should we do differently? (optional) – Question 3 of 3 – ${base}`,
  );

  // Nothing answered: back to the first question, which is where the error is.
  await press(page, page.getByRole('button', { name: 'Send' }));
  await expectErrorSummaryFocused(page);
  await expect(page.locator('main h1')).toContainText('Question 1 of 3');
  await expect(page).toHaveTitle(`Error: ${first} – Question 1 of 3 – ${base}`);
  await expect(page.locator('#feedback-informed')).toHaveAccessibleDescription(
    /Answer at least one question before sending/,
  );
  await expect(page.locator('.error-message')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#feedback-informed-input')).toBeFocused();
  await page.keyboard.press('Space');
  // The error belonged to the first screen: no other screen shows it, nor that one again.
  await continueTo(page, 'Question 2 of 3');
  await expect(page.locator('.error-summary, .error-message')).toHaveCount(0);
  await backTo(page, 'Question 1 of 3');
  await expect(page.locator('.error-summary, .error-message')).toHaveCount(0);
  await expect(page).toHaveTitle(`${first} – Question 1 of 3 – ${base}`);
  await continueTo(page, 'Question 2 of 3');
  await continueTo(page, 'Question 3 of 3');
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);

  await takeTimeToRead(page);
  await sendRefusedThenRetry(page, {
    rpc: `${apiURL}/rest/v1/rpc/submit_feedback`,
    button: page.locator('form .actions .button'),
    retry: 'Try sending again',
  });
  await expectHeadingFocused(page, 'Thank you');
  await expect(page).toHaveTitle(`Thank you – ${base}`);
  expect(await pullFeedback(comment)).toHaveLength(1);
});

test('sending nothing at all asks for one answer', async ({ page }) => {
  await page.goto('/young-people/16-17/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await next(page);
  await next(page);
  await next(page);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary a')).toHaveText(
    'Answer at least one question before sending',
  );
});

// English, and Urdu for right to left; the survey's start page is checked in
// every language with every other page (every-page.spec.ts).
for (const lang of ['', 'ur']) {
  for (const band of ['5-10', '11-15', '16-17'] as const) {
    test(`axe on every screen: ${band} in ${lang || 'en'}`, async ({ page }) => {
      await page.goto(`${lang ? `/${lang}` : ''}/young-people/${band}/feedback/`);
      const check = async (where: string) => {
        await expectNoAxeViolations(page, where);
        // In Urdu, English words are marked as English.
        if (lang) expect(await unmarkedEnglish(page, '[aria-hidden="true"]'), where).toEqual([]);
      };
      await check('start');
      await page.locator('main button.button').click();
      const screens = band === '5-10' ? 4 : 3;
      const submit = page.locator('form button[type="submit"]');
      for (let i = 1; i < screens; i += 1) {
        await check(`screen ${i}`);
        await submit.click();
      }
      await check(`screen ${screens}`);
      await submit.click();
      // Nothing answered: the first screen, with the error on its first question.
      await expect(page.locator('.error-summary')).toBeFocused();
      await expect(page.locator('form .field').first()).toHaveClass(/field--error/);
      await check('screen 1 with an error');
      await page.locator('input[type="radio"]').first().check();
      await check('screen 1 answered');
      for (let i = 1; i < screens; i += 1) await submit.click();
      await page.locator('textarea').fill('Axe check');
      await submit.click();
      // The thanks, not the last question a moment before it.
      await expect(page.locator('main h1 .step-count')).toHaveCount(0);
      await check('thanks');
    });
  }
}

test('the same guarantees as referrals: a cut-off first try and a double click still send once', async ({
  page,
}) => {
  const comment = unique('Flaky');
  const rpc = '**/rest/v1/rpc/submit_feedback';
  let calls = 0;
  await page.route(rpc, async (route) => {
    calls += 1;
    if (calls === 1) await route.abort('connectionreset');
    else await route.continue();
  });
  await page.clock.install();
  await page.goto('/young-people/16-17/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await next(page);
  await next(page);
  await page.getByLabel(/What should we do differently/).fill(comment);
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Send' }).dblclick();
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you', { timeout: 250 });
  }).toPass({ timeout: 20_000 });
  expect(calls).toBe(2);
  expect(await pullFeedback(comment)).toHaveLength(1);
});

test('answers sent faster than anyone could read are thanked and not kept', async ({ page }) => {
  const comment = unique('Quick');
  // The page's clock stands still: however long this machine takes to answer, no
  // time passes for the survey.
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
  await page.goto('/young-people/11-15/feedback/');
  await page.getByRole('button', { name: 'Start' }).click();
  await next(page);
  await next(page);
  await page.getByLabel(/What should we do differently/).fill(comment);
  await next(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
  expect(await pullFeedback(comment, { waitMs: 0 })).toHaveLength(0);
});

test('a damaged link still opens the survey', async ({ page }) => {
  await page.goto('/young-people/11-15/feedback/#token=%E0%A4%A');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  expect(new URL(page.url()).hash).toBe('');
});
