// Each journey end to end against the local stack, with the keyboard alone:
// filled in as a person would, with a wrong turn, a Back and a Change on the way,
// sent through a first try that fails, then pulled the way the case system pulls
// it. Every answer must arrive exactly as typed, non-Latin text and emoji
// included, and exactly once. After each thing the person does, focus is where
// they need it: the new heading (with the step count in it), the error summary,
// or the Send button, which keeps it while sending and after a failure.
import { test, expect, type Page } from '@playwright/test';
import { apiURL } from '../../playwright.config';
import { expectNoStorage } from '../helpers';
import { pullReferrals, uniqueName } from '../case-system';
import { chooseRadio, press, selectOption, tick, typeInto } from './keyboard';
import { answerTheRest } from './fill';
import {
  backTo,
  continueTo as pressContinue,
  expectErrorSummaryFocused,
  expectHeadingFocused,
  sendRefusedThenRetry,
} from './focus';

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });
const check = 'Check your answers';

/** Continue by keyboard, once any question this test is not about has an answer (fill.ts). */
async function continueTo(page: Page, text: string) {
  await answerTheRest(page, { keyboard: true });
  await pressContinue(page, text);
}

/** Start by keyboard: focus on the first step's heading, which says which step it is. */
async function startByKeyboard(page: Page, total: number) {
  await press(page, page.getByRole('button', { name: 'Start' }));
  await expectHeadingFocused(page, `Step 1 of ${total}`);
}

/** Change an answer from check your answers, and come back to it, by keyboard. */
async function changeAndReturn(page: Page, row: RegExp, step: string) {
  await press(page, page.getByRole('button', { name: row }));
  await expectHeadingFocused(page, step);
  await continueTo(page, check);
}

async function sendByKeyboard(page: Page) {
  await sendRefusedThenRetry(page, {
    rpc: `${apiURL}/rest/v1/rpc/submit_referral`,
    button: page.locator('main .actions .button'),
    retry: 'Try sending again',
  });
}

/**
 * People take at least a few seconds to read and answer each step; the form treats
 * anything faster as a robot (tested in faults.spec.ts). The page's clock is moved
 * on instead of the test sleeping.
 */
async function takeTimeToRead(page: Page) {
  await page.clock.fastForward(10_000);
}

/** Send, check what the person sees, then read it back as the case system: exactly one. */
async function sendAndPull(page: Page, path: string, name: string, send: () => Promise<void>) {
  await takeTimeToRead(page);
  await send();
  const reference = await expectSentAndClean(page, path);
  const docs = await pullReferrals(name);
  expect(docs).toHaveLength(1);
  return { reference, doc: docs[0] };
}

async function expectSentAndClean(page: Page, path: string) {
  await expectHeadingFocused(page, "We've got your request");
  const reference = (await page.locator('.reference').textContent()) ?? '';
  expect(reference).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  expect(new URL(page.url()).pathname).toBe(path);
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  await expectNoStorage(page);
  return reference;
}

test('a 16 year old asks for help using only the keyboard', async ({ page }) => {
  const path = '/young-people/16-17/ask-for-help/';
  const name = uniqueName('Ola');
  const details = 'Ktoś mnie uderzył — مجھے مارا گیا 😢\nLine two <script>alert(1)</script>';
  await page.clock.install();
  await page.goto(path);
  await startByKeyboard(page, 6);
  // Continue with nothing answered: the error summary takes focus.
  await press(page, continueButton(page));
  await expectErrorSummaryFocused(page);

  await typeInto(page, page.getByLabel("What's your first name?"), name);
  await typeInto(page, page.getByLabel('Your pronouns (optional)'), 'they/them');
  await typeInto(page, page.getByLabel('How old are you?'), '16');
  await typeInto(page, page.getByLabel(/Which town do you live in/), 'OX4 1AB');
  await continueTo(page, 'Step 2 of 6');
  // Back keeps every answer, and puts focus on the step before's heading.
  await backTo(page, 'Step 1 of 6');
  await expect(page.getByLabel('How old are you?')).toHaveValue('16');
  await continueTo(page, 'Step 2 of 6');

  await tick(page, page.getByLabel('Abuse from a boyfriend, girlfriend or partner'));
  await tick(page, page.getByLabel('Someone hurt, attacked or threatened me'));
  await chooseRadio(page, group(page, /Did it happen to you/), 'Both');
  await chooseRadio(page, group(page, /When did it happen/), "It's still happening");
  await chooseRadio(page, group(page, /police been told/), 'Yes');
  await typeInto(page, page.getByLabel(/Crime reference number/), '43/12345/26');
  await typeInto(page, page.getByLabel(/Tell us what happened/), details);
  await continueTo(page, 'Step 3 of 6');

  await chooseRadio(page, group(page, /safe right now/), 'No');
  await expect(page.getByRole('alert')).toContainText('Call 999');
  await chooseRadio(page, group(page, /live with you/), 'No');
  await continueTo(page, 'Step 4 of 6');

  await tick(page, page.getByLabel('Someone to talk to'));
  await tick(page, page.getByLabel('Help with school or college'));
  await continueTo(page, 'Step 5 of 6');

  await chooseRadio(page, group(page, /Who should we contact/), 'Me');
  await selectOption(page, page.getByLabel('Best way to contact'), 'text_message');
  await selectOption(page, page.getByLabel('Second choice (optional)'), 'phone_call');
  await typeInto(page, page.getByLabel('Mobile or phone number'), '07700 900982');
  await chooseRadio(page, group(page, /anyone else use or check this phone/), 'Yes');
  await chooseRadio(page, group(page, /leave a voicemail/), "No, don't leave a message");
  await chooseRadio(page, group(page, /say who we are/), "No, don't say who you are");
  await tick(page, page.getByLabel('Wednesday'));
  await tick(page, page.getByLabel('Evening (5pm to 8pm)'));
  await typeInto(page, page.getByLabel(/Anything else about when/), 'Po 18:00 — not on Fridays');
  await chooseRadio(page, group(page, /Which language/), 'Polish');
  await chooseRadio(page, group(page, /interpreter help/), 'Yes, please arrange an interpreter');
  await continueTo(page, 'Step 6 of 6');

  await chooseRadio(page, group(page, /parents or carers know/), 'No');
  await chooseRadio(page, group(page, /safe for them to know/), 'Not sure');
  // Not sure it is safe for them to know: never asked whether we may talk to them.
  await expect(group(page, /talk to your parent or carer/)).toHaveCount(0);
  await tick(page, page.getByLabel(/I agree to the Young Victims Service keeping/));
  await continueTo(page, check);

  await expect(page.getByRole('main')).toContainText(details.split('\n')[0] ?? '');
  await changeAndReturn(page, /^Change What would help/, 'Step 4 of 6');
  const { reference, doc } = await sendAndPull(page, path, name, () => sendByKeyboard(page));
  expect(doc).toMatchObject({
    reference,
    source: 'young_person',
    age_band: '16-17',
    language: 'en',
    county: 'oxfordshire',
    young_person: {
      first_name: name,
      pronouns: 'they/them',
      age: 16,
      area: 'OX4 1AB',
      county: 'oxfordshire',
    },
    what_happened: {
      categories: ['relationship_abuse', 'violence'],
      involvement: 'both',
      when: 'ongoing',
      reported_to_police: 'yes',
      crime_reference: '43/12345/26',
      details,
    },
    safety: { safe_now: 'no', harmer_lives_with_them: 'no' },
    support: { wanted: ['talk_to_someone', 'school_support'] },
    parent_carer: { knows: 'no', safe_to_know: 'not_sure', may_contact: false },
  });
  // Exactly these contact answers and nothing else: nothing stale, nothing unasked.
  expect(doc?.contact).toEqual({
    via: 'direct',
    channels: ['text_message', 'phone_call'],
    phone: '07700 900982',
    phone_shared: 'yes',
    voicemail_ok: false,
    say_who_we_are: false,
    safe_days: ['wed'],
    safe_times: ['evening'],
    safe_times_note: 'Po 18:00 — not on Fridays',
    language: 'pl',
    interpreter: true,
  });
  const consents = doc?.consents as {
    what: string;
    given_by: string;
    notice_version: string;
    given_at: string;
  }[];
  expect(consents.map((c) => `${c.what}:${c.given_by}`)).toEqual([
    'referral:young_person',
    'contact:young_person',
  ]);
  expect(doc).not.toHaveProperty('idempotency_key');
  expect(doc).not.toHaveProperty('website');
});

test('a parent asks for help for their child', async ({ page }) => {
  const path = '/parents/ask-for-help/';
  const name = uniqueName('Amir');
  await page.clock.install();
  await page.goto(path);
  await startByKeyboard(page, 6);

  await typeInto(page, page.getByLabel("Your child's first name"), name);
  await typeInto(page, page.getByLabel('How old are they?'), '8');
  await typeInto(page, page.getByLabel(/Which town do they live in/), 'Milton Keynes');
  await typeInto(page, page.getByLabel(/Which school or college/), 'Szkoła Podstawowa № 3');
  await continueTo(page, 'Step 2 of 6');

  await tick(page, page.getByLabel('Abuse at home, or seeing or hearing it'));
  await expect(page.getByLabel('Abuse from a boyfriend, girlfriend or partner')).toHaveCount(0);
  // Part answered: the error summary. Its errors belong to this step: Back shows
  // the step before without them, and coming back starts clean.
  await press(page, continueButton(page));
  await expectErrorSummaryFocused(page);
  await backTo(page, 'Step 1 of 6');
  await expect(page.locator('.error-summary, .error-message')).toHaveCount(0);
  await continueTo(page, 'Step 2 of 6');
  await expect(page.locator('.error-summary, .error-message')).toHaveCount(0);
  await expect(page.getByLabel('Abuse at home, or seeing or hearing it')).toBeChecked();
  await chooseRadio(page, group(page, /Did it happen to them/), 'They saw or heard it');
  await chooseRadio(page, group(page, /When did it happen/), 'In the last 6 months');
  await chooseRadio(page, group(page, /police been told/), 'Not sure');
  await continueTo(page, 'Step 3 of 6');

  await chooseRadio(page, group(page, /safe right now/), 'Yes');
  await chooseRadio(page, group(page, /live with them/), "I'd rather not say");
  await continueTo(page, 'Step 4 of 6');

  await tick(page, page.getByLabel('Help for the family'));
  await typeInto(page, page.getByLabel(/Anything else we should know/), 'ہم اردو بولتے ہیں');
  await continueTo(page, 'Step 5 of 6');

  await typeInto(page, page.getByLabel('Your full name'), 'Farah Khan-Nowak');
  await chooseRadio(page, group(page, /relationship to the child/), 'Parent');
  await chooseRadio(page, group(page, /know and agree/), "Not yet, I'll talk to them");
  await typeInto(page, page.getByLabel('Phone number'), '+44 7700 900123');
  await continueTo(page, 'Step 6 of 6');
  await backTo(page, 'Step 5 of 6');
  await expect(page.getByLabel('Your full name')).toHaveValue('Farah Khan-Nowak');
  await continueTo(page, 'Step 6 of 6');

  await selectOption(page, page.getByLabel('Best way to contact'), 'phone_call');
  await chooseRadio(page, group(page, /anyone else use or check this phone/), 'No');
  await chooseRadio(page, group(page, /leave a voicemail/), 'Yes, you can leave a message');
  await chooseRadio(
    page,
    group(page, /say who we are/),
    "Yes, you can say you're from the Young Victims Service",
  );
  await chooseRadio(page, group(page, /Which language/), 'Another language');
  await typeInto(page, page.getByLabel('Which language?'), 'Pashto');
  await chooseRadio(page, group(page, /interpreter help/), 'Yes, please arrange an interpreter');
  await typeInto(page, page.getByLabel(/make talking to us easier/), 'Large print, please');
  await tick(page, page.getByLabel(/I agree to the Young Victims Service keeping these answers/));
  await continueTo(page, check);
  await changeAndReturn(page, /^Change Your child's first name/, 'Step 1 of 6');

  const { reference, doc } = await sendAndPull(page, path, name, () => sendByKeyboard(page));
  expect(doc).toMatchObject({
    reference,
    source: 'parent_carer',
    age_band: '5-10',
    young_person: {
      first_name: name,
      age: 8,
      area: 'Milton Keynes',
      county: 'buckinghamshire',
      school: 'Szkoła Podstawowa № 3',
    },
    what_happened: {
      categories: ['domestic_abuse_home'],
      involvement: 'witness',
      when: 'last_6_months',
      reported_to_police: 'not_sure',
    },
    safety: { safe_now: 'yes', harmer_lives_with_them: 'prefer_not_to_say' },
    support: { wanted: ['family_support'], details: 'ہم اردو بولتے ہیں' },
    referrer: {
      name: 'Farah Khan-Nowak',
      relationship: 'parent',
      young_person_agreed: 'not_yet',
      phone: '+44 7700 900123',
    },
    contact: {
      via: 'direct',
      channels: ['phone_call'],
      phone: '+44 7700 900123',
      phone_shared: 'no',
      voicemail_ok: true,
      say_who_we_are: true,
      language: 'other',
      other_language: 'Pashto',
      interpreter: true,
      access_needs: 'Large print, please',
    },
  });
  const consents = doc?.consents as { what: string; given_by: string }[];
  expect(consents.map((c) => `${c.what}:${c.given_by}`)).toEqual([
    'referral:parent_carer',
    'contact:parent_carer',
  ]);
});

test('a school refers a pupil, through a safe adult', async ({ page }) => {
  const path = '/professionals/refer/';
  const name = uniqueName('Kuba');
  await page.clock.install();
  await page.goto(path);
  await startByKeyboard(page, 7);

  await typeInto(page, page.getByLabel('Your full name'), 'Ms Joanna Wiśniewska');
  await typeInto(page, page.getByLabel('Your job title'), 'Designated Safeguarding Lead');
  await typeInto(page, page.getByLabel('Your school or organisation'), 'Didcot Girls’ School');
  await chooseRadio(page, group(page, /kind of organisation/), 'School, college or nursery');
  await typeInto(page, page.getByLabel('Your work email address'), 'j.wisniewska@example.sch.uk');
  await typeInto(page, page.getByLabel('Your work phone number'), '01235 000000');
  await continueTo(page, 'Step 2 of 7');

  await typeInto(page, page.getByLabel("Young person's first name"), name);
  await typeInto(page, page.getByLabel('How old are they?'), '13');
  await typeInto(page, page.getByLabel(/Which town do they live in/), 'Didcot');
  await continueTo(page, 'Step 3 of 7');

  await tick(
    page,
    page.getByLabel('Made to carry drugs, sell drugs or do other crimes (county lines)'),
  );
  await chooseRadio(page, group(page, /Did it happen to them/), 'It happened to them');
  await chooseRadio(page, group(page, /When did it happen/), 'In the last week');
  await chooseRadio(page, group(page, /police been told/), 'Yes');
  await continueTo(page, 'Step 4 of 7');

  await chooseRadio(page, group(page, /safe right now/), 'Not sure');
  await expect(page.getByRole('alert')).toContainText('999');
  await chooseRadio(page, group(page, /live with them/), 'No');
  await chooseRadio(page, group(page, /safeguarding lead been told/), 'Yes');
  await chooseRadio(page, group(page, /safeguarding referral been made/), 'Yes');
  await continueTo(page, 'Step 5 of 7');

  await tick(page, page.getByLabel('Feeling safer'));
  await continueTo(page, 'Step 6 of 7');

  await chooseRadio(page, group(page, /Who should we contact/), 'An adult they trust');
  await typeInto(page, page.getByLabel('Name of the adult'), 'Ciocia Basia');
  await typeInto(page, page.getByLabel('Who is this adult to the young person?'), 'Aunt');
  await typeInto(page, page.getByLabel('Their email address'), 'basia@example.com');
  await chooseRadio(page, group(page, /Which language/), 'English');
  await chooseRadio(page, group(page, /interpreter help/), 'No, thank you');
  await continueTo(page, 'Step 7 of 7');

  await tick(page, page.getByLabel('The young person knows about this referral and agrees to it'));
  await chooseRadio(page, group(page, /parents or carers know about this referral/), 'No');
  await chooseRadio(page, group(page, /safe for their parents or carers to know/), 'No');
  await expect(group(page, /contact the parents or carers/)).toHaveCount(0);
  await typeInto(
    page,
    page.getByLabel(/Why do their parents or carers not know/),
    'Older brother involved; mum not told yet.',
  );
  await tick(page, page.getByLabel(/The young person agreed that I can share/));
  await continueTo(page, check);
  await changeAndReturn(page, /^Change Your job title/, 'Step 1 of 7');

  const { reference, doc } = await sendAndPull(page, path, name, () => sendByKeyboard(page));
  expect(doc).toMatchObject({
    reference,
    source: 'professional',
    age_band: '11-15',
    young_person: { first_name: name, age: 13, area: 'Didcot', county: 'oxfordshire' },
    referrer: {
      name: 'Ms Joanna Wiśniewska',
      role: 'Designated Safeguarding Lead',
      organisation: 'Didcot Girls’ School',
      organisation_type: 'school',
      email: 'j.wisniewska@example.sch.uk',
      phone: '01235 000000',
    },
    what_happened: {
      categories: ['criminal_exploitation'],
      involvement: 'victim',
      when: 'this_week',
      reported_to_police: 'yes',
    },
    safety: { safe_now: 'not_sure', harmer_lives_with_them: 'no' },
    parent_carer: { knows: 'no', safe_to_know: 'no', may_contact: false },
    professional: {
      young_person_agreed: true,
      parent_not_told_reason: 'Older brother involved; mum not told yet.',
      safeguarding_lead_told: 'yes',
      safeguarding_referral_made: 'yes',
    },
  });
  expect(doc?.contact).toEqual({
    via: 'safe_adult',
    channels: [],
    safe_adult: { name: 'Ciocia Basia', relationship: 'Aunt', email: 'basia@example.com' },
    voicemail_ok: false,
    say_who_we_are: false,
    safe_days: [],
    safe_times: [],
    language: 'en',
    interpreter: false,
  });
});
