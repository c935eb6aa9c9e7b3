// Fills each step with valid answers by field id and value, so the same code works
// in every language. Used where the words on screen are not what a test is about.
// The same answers can be given with the keyboard alone (Tab, type, Space,
// arrows), in the order the questions appear. A question not answered here gets
// its first valid choice (first-choice.ts).
import { expect, type Page } from '@playwright/test';
import { stepsFor } from '../../../src/islands/referral/journeys';
import type { ReferralSource } from '../../../src/schemas/referral';
import { chooseRadioValue, selectOption, tick, typeInto } from './keyboard';
import { firstChoices, inPageOrder, sourceAt, type Action } from './first-choice';

export type Source = ReferralSource;

const has = async (page: Page, id: string) => (await page.locator(`#${id}`).count()) > 0;

/** What to answer on the step showing, in the order its questions appear. */
async function answersFor(page: Page, source: Source, name: string): Promise<Action[]> {
  const pro = source === 'professional';
  const parent = source === 'parent_carer';
  if (await has(page, 'young_person-first_name'))
    return [
      { type: 'young_person-first_name', text: name },
      { type: 'young_person-age', text: '12' },
      { type: 'young_person-area', text: 'Reading' },
    ];
  if (await has(page, 'what_happened-categories-input'))
    return [
      { tick: 'what_happened-categories-input' },
      { tick: 'what_happened-involvement-input' },
      { tick: 'what_happened-when-input' },
      { radio: 'what_happened-reported_to_police', value: 'no' },
    ];
  if (await has(page, 'safety-safe_now-input'))
    return [
      { radio: 'safety-safe_now', value: 'no' },
      { radio: 'safety-harmer_lives_with_them', value: 'no' },
      ...(pro
        ? [
            { radio: 'professional-safeguarding_lead_told', value: 'yes' },
            { radio: 'professional-safeguarding_referral_made', value: 'yes' },
          ]
        : []),
    ];
  if (await has(page, 'support-wanted-input')) return [{ tick: 'support-wanted-input' }];
  if (await has(page, 'contact-language-input'))
    return [
      ...(parent ? [] : [{ radio: 'contact-via', value: 'direct' }]),
      { select: 'contact-channels', value: 'phone_call' },
      ...(parent ? [] : [{ type: 'contact-phone', text: '07700 900982' }]),
      { radio: 'contact-phone_shared', value: 'no' },
      { radio: 'contact-voicemail_ok', value: 'no' },
      { radio: 'contact-say_who_we_are', value: 'no' },
      { radio: 'contact-language', value: 'en' },
      { radio: 'contact-interpreter', value: 'no' },
      ...(parent ? [{ tick: 'consents-input' }] : []),
    ];
  if (await has(page, 'referrer-name'))
    return pro
      ? [
          { type: 'referrer-name', text: 'A Referrer' },
          { type: 'referrer-role', text: 'Teacher' },
          { type: 'referrer-organisation', text: 'A School' },
          { tick: 'referrer-organisation_type-input' },
          { type: 'referrer-email', text: 'teacher@example.sch.uk' },
          { type: 'referrer-phone', text: '01865 000000' },
        ]
      : [
          { type: 'referrer-name', text: 'A Referrer' },
          { tick: 'referrer-relationship-input' },
          { tick: 'referrer-young_person_agreed-input' },
          { type: 'referrer-phone', text: '07700 900123' },
        ];
  if (await has(page, 'parent_carer-knows-input'))
    return [
      ...(pro ? [{ tick: 'professional-young_person_agreed-input' }] : []),
      { radio: 'parent_carer-knows', value: 'yes' },
      { radio: 'parent_carer-safe_to_know', value: 'yes' },
      { radio: 'parent_carer-may_contact', value: 'no' },
      { tick: 'consents-input' },
    ];
  throw new Error(`unknown step: ${await page.locator('form').innerText()}`);
}

async function byPointer(page: Page, action: Action) {
  if ('type' in action) await page.locator(`#${action.type}`).fill(action.text);
  else if ('tick' in action) await page.locator(`#${action.tick}`).check();
  else if ('radio' in action)
    await page.locator(`input[name="${action.radio}"][value="${action.value}"]`).check();
  else await page.locator(`#${action.select}`).selectOption(action.value);
}

async function byKeyboard(page: Page, action: Action) {
  if ('type' in action) await typeInto(page, page.locator(`#${action.type}`), action.text);
  else if ('tick' in action) await tick(page, page.locator(`#${action.tick}`));
  else if ('radio' in action)
    await chooseRadioValue(page, page.locator(`input[name="${action.radio}"]`), action.value);
  else await selectOption(page, page.locator(`#${action.select}`), action.value);
}

export async function fillStep(
  page: Page,
  source: Source,
  name: string,
  { keyboard = false } = {},
): Promise<void> {
  // A step is on screen: the questions arrive a moment after Start, which fetches them.
  await expect(page.locator('.step-count')).toBeVisible();
  const act = keyboard ? byKeyboard : byPointer;
  const known = await answersFor(page, source, name);
  const planned = await inPageOrder(page, known, await firstChoices(page, source, known));
  for (const action of planned) await act(page, action);
  // And any an answer has just brought onto the screen.
  for (const action of await firstChoices(page, source, planned)) await act(page, action);
}

/**
 * Gives each question on the screen that needs an answer and has none its first
 * valid choice: for a test that answers by the words on screen, and so knows
 * only the questions it is about.
 */
export async function answerTheRest(page: Page, { keyboard = false } = {}): Promise<void> {
  const rest = await firstChoices(page, sourceAt(page.url()), []);
  for (const action of await inPageOrder(page, [], rest))
    await (keyboard ? byKeyboard : byPointer)(page, action);
}

/** Start, then every step, ending on check your answers. */
export async function fillAll(page: Page, source: Source, name: string): Promise<void> {
  await page.locator('main button.button').click();
  for (let step = 0; step < stepCount[source]; step += 1) {
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

export const stepCount = Object.fromEntries(
  (Object.keys(formPath) as Source[]).map((source) => [source, stepsFor(source).length]),
) as Record<Source, number>;
