// Each journey end to end against the local stack: filled in as a person would,
// sent, then pulled the way the case system pulls it. Every answer must arrive
// exactly as typed, non-Latin text and emoji included, and exactly once.
import { test, expect, type Page } from '@playwright/test';
import { expectNoStorage } from '../helpers';
import { pullReferrals, uniqueName } from '../case-system';
import { chooseRadio, press, selectOption, tick, typeInto } from './keyboard';

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });

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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We've got your request");
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
  await press(page, page.getByRole('button', { name: 'Start' }));

  await typeInto(page, page.getByLabel("What's your first name?"), name);
  await typeInto(page, page.getByLabel('Your pronouns (optional)'), 'they/them');
  await typeInto(page, page.getByLabel('How old are you?'), '16');
  await typeInto(page, page.getByLabel(/Which town do you live in/), 'OX4 1AB');
  await press(page, continueButton(page));

  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await tick(page, page.getByLabel('Abuse from a boyfriend, girlfriend or partner'));
  await tick(page, page.getByLabel('Someone hurt, attacked or threatened me'));
  await chooseRadio(page, group(page, /Did it happen to you/), 'Both');
  await chooseRadio(page, group(page, /When did it happen/), "It's still happening");
  await chooseRadio(page, group(page, /police been told/), 'Yes');
  await typeInto(page, page.getByLabel(/Crime reference number/), '43/12345/26');
  await typeInto(page, page.getByLabel(/Tell us what happened/), details);
  await press(page, continueButton(page));

  await chooseRadio(page, group(page, /safe right now/), 'No');
  await expect(page.getByRole('alert')).toContainText('Call 999');
  await chooseRadio(page, group(page, /live with you/), 'No');
  await press(page, continueButton(page));

  await tick(page, page.getByLabel('Someone to talk to'));
  await tick(page, page.getByLabel('Help with school or college'));
  await press(page, continueButton(page));

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
  await press(page, continueButton(page));

  await chooseRadio(page, group(page, /parents or carers know/), 'No');
  await chooseRadio(page, group(page, /safe for them to know/), 'Not sure');
  // Not sure it is safe for them to know: never asked whether we may talk to them.
  await expect(group(page, /talk to your parent or carer/)).toHaveCount(0);
  await tick(page, page.getByLabel(/I agree to the Young Victims Service keeping/));
  await press(page, continueButton(page));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.getByRole('main')).toContainText(details.split('\n')[0] ?? '');
  const { reference, doc } = await sendAndPull(page, path, name, () =>
    press(page, page.getByRole('button', { name: 'Send' })),
  );
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
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByLabel("Your child's first name").fill(name);
  await page.getByLabel('How old are they?').fill('8');
  await page.getByLabel(/Which town do they live in/).fill('Milton Keynes');
  await page.getByLabel(/Which school or college/).fill('Szkoła Podstawowa № 3');
  await continueButton(page).click();

  await page.getByLabel('Abuse at home, or seeing or hearing it').check();
  await expect(page.getByLabel('Abuse from a boyfriend, girlfriend or partner')).toHaveCount(0);
  await page.getByLabel('They saw or heard it').check();
  await page.getByLabel('In the last 6 months').check();
  await group(page, /police been told/)
    .getByLabel('Not sure')
    .check();
  await continueButton(page).click();

  await group(page, /safe right now/)
    .getByLabel('Yes')
    .check();
  await group(page, /live with them/)
    .getByLabel("I'd rather not say")
    .check();
  await continueButton(page).click();

  await page.getByLabel('Help for the family').check();
  await page.getByLabel(/Anything else we should know/).fill('ہم اردو بولتے ہیں');
  await continueButton(page).click();

  await page.getByLabel('Your full name').fill('Farah Khan-Nowak');
  await page.getByLabel('Parent', { exact: true }).check();
  await page.getByLabel("Not yet, I'll talk to them").check();
  await page.getByLabel('Phone number').fill('+44 7700 900123');
  await continueButton(page).click();

  await page.getByLabel('Best way to contact').selectOption('phone_call');
  await group(page, /anyone else use or check this phone/)
    .getByLabel('No', { exact: true })
    .check();
  await page.getByLabel('Yes, you can leave a message').check();
  await page.getByLabel("Yes, you can say you're from the Young Victims Service").check();
  await page.getByLabel('Another language').check();
  await page.getByLabel('Which language?').fill('Pashto');
  await page.getByLabel('Yes, please arrange an interpreter').check();
  await page.getByLabel(/make talking to us easier/).fill('Large print, please');
  await page.getByLabel(/I agree to the Young Victims Service keeping these answers/).check();
  await continueButton(page).click();

  const { reference, doc } = await sendAndPull(page, path, name, () =>
    page.getByRole('button', { name: 'Send' }).click(),
  );
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
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByLabel('Your full name').fill('Ms Joanna Wiśniewska');
  await page.getByLabel('Your job title').fill('Designated Safeguarding Lead');
  await page.getByLabel('Your school or organisation').fill('Didcot Girls’ School');
  await page.getByLabel('School, college or nursery').check();
  await page.getByLabel('Your work email address').fill('j.wisniewska@example.sch.uk');
  await page.getByLabel('Your work phone number').fill('01235 000000');
  await continueButton(page).click();

  await page.getByLabel("Young person's first name").fill(name);
  await page.getByLabel('How old are they?').fill('13');
  await page.getByLabel(/Which town do they live in/).fill('Didcot');
  await continueButton(page).click();

  await page
    .getByLabel('Made to carry drugs, sell drugs or do other crimes (county lines)')
    .check();
  await page.getByLabel('It happened to them').check();
  await page.getByLabel('In the last week').check();
  await group(page, /police been told/)
    .getByLabel('Yes')
    .check();
  await continueButton(page).click();

  await group(page, /safe right now/)
    .getByLabel('Not sure')
    .check();
  await expect(page.getByRole('alert')).toContainText('999');
  await group(page, /live with them/)
    .getByLabel('No', { exact: true })
    .check();
  await group(page, /safeguarding lead been told/)
    .getByLabel('Yes')
    .check();
  await group(page, /safeguarding referral been made/)
    .getByLabel('Yes')
    .check();
  await continueButton(page).click();

  await page.getByLabel('Feeling safer').check();
  await continueButton(page).click();

  await page.getByLabel('An adult they trust').check();
  await page.getByLabel('Name of the adult').fill('Ciocia Basia');
  await page.getByLabel('Who is this adult to the young person?').fill('Aunt');
  await page.getByLabel('Their email address').fill('basia@example.com');
  await page.getByLabel('English').check();
  await page.getByLabel('No, thank you').check();
  await continueButton(page).click();

  await page.getByLabel('The young person knows about this referral and agrees to it').check();
  await group(page, /parents or carers know about this referral/)
    .getByLabel('No', { exact: true })
    .check();
  await group(page, /safe for their parents or carers to know/)
    .getByLabel('No', { exact: true })
    .check();
  await expect(group(page, /contact the parents or carers/)).toHaveCount(0);
  await page
    .getByLabel(/Why do their parents or carers not know/)
    .fill('Older brother involved; mum not told yet.');
  await page.getByLabel(/The young person agreed that I can share/).check();
  await continueButton(page).click();

  const { reference, doc } = await sendAndPull(page, path, name, () =>
    page.getByRole('button', { name: 'Send' }).click(),
  );
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
