// The anonymous actor: whoever holds the public key. It can submit, and that is all.
import { afterEach, expect, test } from 'vitest';
import { feedbackSchema, referencePattern, referralSchema, validate } from '../../../src/schemas';
import { abandonedContact, badFeedback, badReferrals, unsafeConsent } from './support/bad-payloads';
import { claim, rejection, resetData, submitFeedback, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'sql');

const privateTables = [
  'settings',
  'referrals',
  'referral_people',
  'contact_preferences',
  'consents',
  'feedback',
  'feedback_tokens',
  'rate_limits',
  'audit_log',
  'referral_statistics',
  'feedback_statistics',
  'adult_feedback',
  'adult_feedback_statistics',
  'panel_volunteers',
  'monitoring_statistics',
  'monitoring_staging',
  'monitoring_receipts',
];
const caseSystemCalls = [
  'claim_referrals(10, $$x$$)',
  'acknowledge_referral($$ABCD-EFGH$$, $$1$$)',
  'release_expired_referral_claims()',
  'purge_acknowledged_referrals()',
  'list_overdue_referrals()',
  'claim_feedback(10, $$x$$)',
  'acknowledge_feedback($$ABCD-EFGH$$, $$1$$)',
  'release_expired_feedback_claims()',
  'purge_acknowledged_feedback()',
  'list_overdue_feedback()',
  'issue_feedback_token($$c1$$)',
  'claim_adult_feedback(10, $$x$$)',
  'acknowledge_adult_feedback($$ABCD-EFGH$$, $$1$$)',
  'release_expired_adult_feedback_claims()',
  'purge_acknowledged_adult_feedback()',
  'list_overdue_adult_feedback()',
  'claim_panel(10, $$x$$)',
  'acknowledge_panel($$ABCD-EFGH$$, $$1$$)',
  'release_expired_panel_claims()',
  'purge_acknowledged_panel()',
  'list_overdue_panel()',
  'report_statistics($$2026-07-01$$, $$2026-09-30$$)',
  'record_milestone($$00000000-0000-4000-8000-000000000000$$, $$first_attempt$$, 40)',
];

forEachDb('anonymous', (db) => {
  afterEach(() => resetData(db()));

  test('each kind of sender can submit and gets only a reference back', async () => {
    for (const payload of [
      fx.youngPersonReferral(),
      fx.parentCarerReferral(),
      fx.professionalReferral(),
    ]) {
      const rows = await db().as<{ r: unknown }>(
        'anon',
        'select public.submit_referral($1::jsonb) as r',
        [JSON.stringify(payload)],
      );
      expect(Object.keys(rows[0]!.r as object)).toEqual(['reference']);
      expect((rows[0]!.r as { reference: string }).reference).toMatch(referencePattern);
    }
    expect(await submitFeedback(db(), fx.feedback())).toMatch(referencePattern);
    expect(await db().query('select 1 from private.referrals')).toHaveLength(3);
  });

  test('a name at the limit is accepted: 60 characters, emoji counted once as in the schema', async () => {
    const payload = fx.youngPersonReferral();
    payload.young_person.first_name = '😀'.repeat(60);
    expect(validate(referralSchema, payload)).toEqual([]);
    expect(await submitReferral(db(), payload)).toMatch(referencePattern);
  });

  test.each(privateTables)('cannot select, insert, update or delete private.%s', async (table) => {
    await submitReferral(db(), fx.youngPersonReferral());
    for (const sql of [
      `select * from private.${table}`,
      `insert into private.${table} default values`,
      `update private.${table} set id = id`,
      `delete from private.${table}`,
    ]) {
      await expect(db().as('anon', sql)).rejects.toMatchObject({ code: '42501' });
    }
  });

  test.each(caseSystemCalls)('cannot call the case-system function %s', async (call) => {
    await expect(db().as('anon', `select public.${call}`)).rejects.toMatchObject({ code: '42501' });
  });

  test('cannot call the private helpers that build documents or bypass validation', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    for (const call of [
      'private.referral_document(1)',
      `private.store_referral('{}', 'ABCD-EFGH')`,
      `private.claim_batch('referral', 1, 'x')`,
    ]) {
      await expect(db().as('anon', `select ${call}`)).rejects.toMatchObject({ code: '42501' });
    }
  });

  test('the authenticated role cannot submit either: the portal never signs anyone in', async () => {
    await expect(
      db().as('authenticated', 'select public.submit_referral($1::jsonb)', [
        JSON.stringify(fx.youngPersonReferral()),
      ]),
    ).rejects.toMatchObject({ code: '42501' });
  });

  test.each(badReferrals)(
    'bad referral, $name → 400 naming the field, nothing stored',
    async ({ payload, errors }) => {
      const body = payload();
      expect(validate(referralSchema, body)).toEqual(expect.arrayContaining(errors));
      const error = await rejection(() => submitReferral(db(), body));
      expect(error).toMatchObject({ status: 400, code: 'invalid_payload' });
      expect(error.details).toEqual(expect.arrayContaining(errors));
      expect(await db().query('select 1 from private.referrals')).toHaveLength(0);
    },
  );

  // Exact errors, from the schema and the database alike: these are the answers the
  // form must put on the right field, and none of them may be stored.
  test.each([...abandonedContact, ...unsafeConsent])(
    'contact choice moved away from, or consent not safe to give: $name → 400 with exactly those errors, nothing stored',
    async ({ payload, errors }) => {
      const body = payload();
      const sorted = (list: { path: string; code: string }[]) =>
        [...list].sort((a, b) => a.path.localeCompare(b.path));
      expect(sorted(validate(referralSchema, body))).toEqual(sorted(errors));
      const error = await rejection(() => submitReferral(db(), body));
      expect(error).toMatchObject({ status: 400, code: 'invalid_payload' });
      expect(sorted(error.details as { path: string; code: string }[])).toEqual(sorted(errors));
      expect(
        await db().query(
          'select 1 from private.referrals union all select 1 from private.contact_preferences',
        ),
      ).toHaveLength(0);
    },
  );

  test('a parent or carer it is safe to tell may be contacted; a 15 year old may be too young to understand', async () => {
    const safe = fx.youngPersonReferral();
    safe.parent_carer = { knows: 'yes', safe_to_know: 'yes', may_contact: true };
    const fifteen = fx.parentCarerReferral();
    fifteen.age_band = '11-15';
    delete fifteen.young_person.date_of_birth;
    fifteen.young_person.age = 15;
    for (const payload of [safe, fifteen]) {
      expect(validate(referralSchema, payload)).toEqual([]);
      expect(await submitReferral(db(), payload)).toMatch(referencePattern);
    }
  });

  test('what the form sends once the person settles on a way to be contacted is accepted, for every sender', async () => {
    const bySafeAdult = fx.youngPersonReferral();
    bySafeAdult.contact = {
      via: 'safe_adult',
      channels: [],
      voicemail_ok: false,
      say_who_we_are: false,
      safe_days: [],
      safe_times: [],
      safe_adult: { name: 'Aunt Jo', relationship: 'aunt', email: 'jo@example.org' },
      language: 'en',
      interpreter: false,
    };
    const bySchool = fx.professionalReferral();
    bySchool.contact = {
      via: 'school',
      channels: [],
      voicemail_ok: false,
      say_who_we_are: false,
      safe_days: ['tue'],
      safe_times: ['morning'],
      language: 'pl',
      interpreter: true,
    };
    const parentPhones = fx.parentCarerReferral();
    parentPhones.contact = {
      via: 'direct',
      channels: ['phone_call'],
      phone: parentPhones.referrer.phone!,
      voicemail_ok: true,
      say_who_we_are: true,
      safe_days: [],
      safe_times: ['evening'],
      language: 'ur',
      interpreter: false,
    };
    const parentEmails = fx.parentCarerReferral();
    parentEmails.referrer.email = 'ayesha@example.org';
    parentEmails.contact = {
      via: 'direct',
      channels: ['email'],
      email: parentEmails.referrer.email,
      voicemail_ok: false,
      say_who_we_are: false,
      safe_days: [],
      safe_times: [],
      language: 'en',
      interpreter: false,
    };
    for (const payload of [bySafeAdult, bySchool, parentPhones, parentEmails]) {
      expect(validate(referralSchema, payload)).toEqual([]);
      expect(await submitReferral(db(), payload)).toMatch(referencePattern);
    }
    const docs = await claim(db(), 'claim_referrals');
    expect(docs.map((d) => d.contact)).toEqual(
      [bySafeAdult, bySchool, parentPhones, parentEmails].map((p) => p.contact),
    );
  });

  test.each(badFeedback)(
    'bad feedback, $name → 400 naming the field',
    async ({ payload, errors }) => {
      const body = payload();
      expect(validate(feedbackSchema, body)).toEqual(expect.arrayContaining(errors));
      const error = await rejection(() => submitFeedback(db(), body));
      expect(error).toMatchObject({ status: 400, code: 'invalid_payload' });
      expect(error.details).toEqual(expect.arrayContaining(errors));
    },
  );

  test('a filled honeypot is accepted with a plausible, stable reference and nothing is stored', async () => {
    const payload = { ...fx.youngPersonReferral(), website: 'http://spam.example' };
    const first = await submitReferral(db(), payload);
    expect(first).toMatch(referencePattern);
    expect(await submitReferral(db(), payload)).toBe(first);
    const fb = await submitFeedback(db(), { ...fx.feedback(), website: 'x' });
    expect(fb).toMatch(referencePattern);
    expect(
      await db().query('select 1 from private.referrals union all select 1 from private.feedback'),
    ).toHaveLength(0);
    expect(await claim(db(), 'claim_referrals')).toEqual([]);
  });

  test('feedback with an unknown token is kept, unlinked, and looks the same as with a real one', async () => {
    const tokenRows = await db().as<{ r: { token: string } }>(
      'service_role',
      `select public.issue_feedback_token('case-77') as r`,
    );
    const token = tokenRows[0]!.r.token;
    const linked = await submitFeedback(db(), { ...fx.feedback(), token });
    const reused = await submitFeedback(db(), { ...fx.feedback(), token });
    const unknown = await submitFeedback(db(), {
      ...fx.feedback(),
      token: 'ABCDEFGHJKMNPQRSTVWXYZ23',
    });
    for (const ref of [linked, reused, unknown]) expect(ref).toMatch(referencePattern);
    const rows = await db().query<{ reference: string; linked_case_id: string | null }>(
      'select reference, linked_case_id from private.feedback order by id',
    );
    expect(rows.map((r) => r.linked_case_id)).toEqual(['case-77', null, null]);
  });
});
