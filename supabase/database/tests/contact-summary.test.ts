// The contact-safety summary at the top of every referral document: what a
// caseworker reads before anything else, in plain words and a fixed order (who and
// how, what not to do, parents, when, language). Each row is a combination of
// answers and the summary the case system receives for it, in English.
import { afterEach, expect, test } from 'vitest';
import { claim, resetData, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

type Referral = fx.Loose;
const youngPerson = (edit: (p: Referral) => void) => {
  const p: Referral = fx.youngPersonReferral();
  edit(p);
  return p;
};

const cases: [string, () => Referral, string][] = [
  [
    'text first, then email; not sure it is safe for parents to know',
    fx.youngPersonReferral,
    'Contact the young person by text first, then email. Do not leave voicemail. Do not say who we are. ' +
      'Do not contact parents or carers: not sure it is safe for them to know. ' +
      'Mondays and Wednesdays, afternoons. Prefers English.',
  ],
  [
    'text only, not safe for parents to know, Saturdays, Polish',
    () =>
      youngPerson((p) => {
        p.contact.channels = ['text_message'];
        delete p.contact.email;
        p.contact.safe_days = ['sat'];
        p.contact.safe_times = ['afternoon'];
        p.contact.language = 'pl';
        p.parent_carer = { knows: 'yes', safe_to_know: 'no', may_contact: false };
      }),
    'Contact the young person by text only. Do not leave voicemail. Do not say who we are. ' +
      'Do not contact parents or carers: not safe for them to know. Saturdays, afternoons. Prefers Polish.',
  ],
  [
    'phone calls with voicemail, a shared phone, parents may be contacted, evenings, Urdu',
    () =>
      youngPerson((p) => {
        p.contact.channels = ['phone_call', 'text_message'];
        delete p.contact.email;
        p.contact.voicemail_ok = true;
        p.contact.say_who_we_are = true;
        p.contact.phone_shared = 'yes';
        p.contact.safe_days = [];
        p.contact.safe_times = ['evening'];
        p.contact.language = 'ur';
        p.parent_carer = { knows: 'yes', safe_to_know: 'yes', may_contact: true };
      }),
    'Contact the young person by phone call first, then text. Someone else may see or answer this phone. ' +
      'Parents or carers may be contacted. Evenings. Prefers Urdu.',
  ],
  [
    'through a safe adult, another language with an interpreter; parents safe but not agreed',
    () =>
      youngPerson((p) => {
        const { phone: _p, email: _e, phone_shared: _s, ...rest } = p.contact;
        p.contact = {
          ...rest,
          via: 'safe_adult',
          channels: [],
          safe_days: [],
          safe_times: [],
          safe_adult: { name: 'Jo Bloggs', relationship: 'aunt', phone: '07700 900999' },
          language: 'other',
          other_language: 'Romanian',
          interpreter: true,
        };
        p.parent_carer = { knows: 'yes', safe_to_know: 'yes', may_contact: false };
      }),
    'Contact Jo Bloggs (aunt), an adult the young person trusts, not the young person directly. ' +
      'Do not contact parents or carers: the young person did not agree. Prefers Romanian. Wants an interpreter.',
  ],
  [
    "a parent's referral: the parent is who we contact, and no line about parents",
    fx.parentCarerReferral,
    'Contact the parent or carer who referred by text first, then email. Do not leave voicemail. ' +
      'Do not say who we are. Mondays and Wednesdays, afternoons. Prefers English.',
  ],
  [
    "a school's referral: through school, any day or time",
    () => {
      const p: Referral = fx.professionalReferral();
      const { phone: _p, email: _e, phone_shared: _s, ...rest } = p.contact;
      p.contact = { ...rest, via: 'school', channels: [], safe_days: [], safe_times: [] };
      return p;
    },
    'Contact the young person through their school, not directly. ' +
      'Do not contact parents or carers: not safe for them to know. Prefers English.',
  ],
];

forEachDb('contact summary', (db) => {
  afterEach(() => resetData(db()));

  test.each(cases)('%s', async (_name, payload, summary) => {
    const reference = await submitReferral(db(), payload());
    const [doc] = await claim(db(), 'claim_referrals', 1);
    expect(doc).toMatchObject({ reference, contact_summary: summary });
  });

  test('a direct contact with no safe days or times says any day or time', async () => {
    await submitReferral(
      db(),
      youngPerson((p) => {
        p.contact.safe_days = [];
        p.contact.safe_times = [];
      }),
    );
    const [doc] = await claim(db(), 'claim_referrals', 1);
    expect(doc!.contact_summary).toContain(' Any day or time. ');
  });
});

test('the example document in the intake README is what the portal makes of its answers', async () => {
  const { readFileSync } = await import('node:fs');
  const { exampleFile, referralDocumentVersion, versionLabel } =
    await import('../../intake/document-schema');
  const { version, minor } = referralDocumentVersion;
  const name = exampleFile('referral', versionLabel(version, minor));
  const example = JSON.parse(
    readFileSync(new URL(`../../intake/examples/${name}`, import.meta.url), 'utf8'),
  ) as Referral;
  const { answersOf } = await import('../../intake/test-support');
  const answers = answersOf(example);
  const { openDb } = await import('./support/db');
  const db = await openDb('pglite');
  try {
    await submitReferral(db, { ...answers, idempotency_key: crypto.randomUUID() });
    const [doc] = await claim(db, 'claim_referrals', 1);
    const { reference, received_at, statistics_id } = example;
    expect({ ...doc, reference, received_at, statistics_id }).toEqual(example);
  } finally {
    await db.close();
  }
});
