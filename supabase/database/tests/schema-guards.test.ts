// Schema guards: properties of the schema as a whole that must hold whatever
// anyone adds later. Each query lists offenders, so a failure names them. The
// security lints (security-lint.test.ts) cover RLS, grants, definer functions and views.
import { expect, test } from 'vitest';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

const ourSchemas = `('public', 'private')`;
// Signatures, not just names: an old overload left behind would make a call by
// named arguments ambiguous, or keep a way round a new argument open.
const caseSystemFunctions = [
  'acknowledge_adult_feedback(text,text,text)',
  'acknowledge_feedback(text,text,text)',
  'acknowledge_panel(text,text,text)',
  'acknowledge_referral(text,text,text)',
  'claim_adult_feedback(integer,text)',
  'claim_feedback(integer,text)',
  'claim_held(text,integer,text)',
  'claim_held_referrals(integer,text)',
  'claim_panel(integer,text)',
  'claim_referrals(integer,text)',
  'decide_held(text,text,text,text)',
  'discard_held(text,text,text)',
  'discard_held_referral(text,text)',
  'held_groups(text)',
  'held_summary()',
  'issue_feedback_token(text)',
  'list_overdue_adult_feedback()',
  'list_overdue_feedback()',
  'list_overdue_panel()',
  'list_overdue_referrals()',
  'purge_acknowledged_adult_feedback()',
  'purge_acknowledged_feedback()',
  'purge_acknowledged_panel()',
  'purge_acknowledged_referrals()',
  'record_milestone(uuid,text,integer,text)',
  'release_expired_adult_feedback_claims()',
  'release_expired_feedback_claims()',
  'release_expired_panel_claims()',
  'release_expired_referral_claims()',
  'report_statistics(date,date)',
];

tallyAssertions('schema guards', 'schema');

forEachDb('schema guards', (db) => {
  test('no API role may even look inside the private schema', async () => {
    const rows = await db().query<{ role: string; usage: boolean }>(
      `select r as role, has_schema_privilege(r, 'private', 'USAGE') as usage from unnest(array['anon', 'authenticated', 'service_role']) r`,
    );
    expect(rows.filter((r) => r.usage)).toEqual([]);
  });

  test('anon can execute exactly the submit functions; authenticated none', async () => {
    const executable = async (role: string) =>
      (
        await db().query<{ name: string }>(
          `select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ${ourSchemas} and has_function_privilege($1, p.oid, 'EXECUTE') order by 1`,
          [role],
        )
      ).map((r) => r.name);
    expect(await executable('anon')).toEqual([
      'submit_adult_feedback',
      'submit_feedback',
      'submit_monitoring',
      'submit_panel_volunteer',
      'submit_referral',
    ]);
    expect(await executable('authenticated')).toEqual([]);
  });

  test('the service role can execute exactly the case-system functions', async () => {
    const rows = await db().query<{ name: string }>(
      `select p.proname || '(' || array_to_string(array(select format_type(t, null) from unnest(p.proargtypes::oid[]) with ordinality a(t, i) order by i), ',') || ')' as name
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ${ourSchemas} and has_function_privilege('service_role', p.oid, 'EXECUTE') order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(caseSystemFunctions);
  });

  test('default privileges: a new table or function in public is granted to no API role', async () => {
    // Created and rolled back in one transaction, so the probe leaves nothing behind.
    const rows = await db().rolledBack(async (query) => {
      await query('create table public.guard_probe (id int)');
      await query(`create function public.guard_probe_fn() returns int language sql as 'select 1'`);
      return query(
        `select r as role, has_table_privilege(r, 'public.guard_probe', 'SELECT, INSERT') as tbl,
                has_function_privilege(r, 'public.guard_probe_fn()', 'EXECUTE') as fn
         from unnest(array['anon', 'authenticated']) r`,
      );
    });
    expect(rows).toEqual([
      { role: 'anon', tbl: false, fn: false },
      { role: 'authenticated', tbl: false, fn: false },
    ]);
  });

  test('CHECK constraints refuse what the contract forbids, even from the owner', async () => {
    const attempts = [
      `insert into private.referral_people (referral_id, role, name, age, county, area) values (1, 'young_person', 'x', 18, 'berkshire', 'RG1')`,
      `insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language, satisfaction) values ('ABCD-EFGH', gen_random_uuid(), '\\x00', '11-15', 'en', 9)`,
      `insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language) values ('abcd-0000', gen_random_uuid(), '\\x00', '11-15', 'en')`,
      `insert into private.audit_log (actor, event, kind, item_count) values ('x', 'read', 'referral', 1)`,
      // Contact details or channels the chosen way of getting in touch does not use.
      ...[
        `'safe_adult', '{text_message}', null, null, false, false`,
        `'school', '{}', '07700 900123', null, false, false`,
        `'safe_adult', '{}', null, null, true, false`,
        `'direct', '{email}', '07700 900123', 'a@example.org', false, false`,
        `'direct', '{text_message}', '07700 900123', 'a@example.org', false, false`,
        `'direct', '{text_message}', '07700 900123', null, false, true`,
      ].map(
        (values) =>
          `insert into private.contact_preferences (referral_id, via, channels, phone, email, voicemail_ok, say_who_we_are, safe_days, safe_times, language, interpreter)
         values (1, ${values}, '{}', '{}', 'en', false)`,
      ),
      `insert into private.referral_statistics (received_month, source, age_band, county, categories, reported_to_police, contact_via, channels, urgent, involvement, support_wanted, contact_language, interpreter)
       values ('2026-07-15', 'young_person', '11-15', 'berkshire', '{violence}', 'no', 'direct', '{email}', false, 'victim', '{not_sure}', 'en', false)`,
      // Consent follows safety: a parent it may not be safe to tell is never contacted,
      // and a 16 or 17 year old is never too young to understand.
      ...[
        `'young_person', '11-15', 'yes', 'not_sure', true, null`,
        `'parent_carer', '16-17', null, null, null, 'too_young'`,
      ].map(
        (values) =>
          `insert into private.referrals (reference, idempotency_key, payload_hash, source, age_band, parent_knows, parent_safe_to_know, parent_may_contact, young_person_agreed, language, categories, involvement, happened_when, reported_to_police, safe_now, harmer_lives_with_them, support_wanted)
         values ('ABCD-EFGH', gen_random_uuid(), '\\x00', ${values}, 'en', '{violence}', 'victim', 'ongoing', 'no', 'yes', 'no', '{not_sure}')`,
      ),
      // Closed lists are the generated domains: a value or a list item outside them is refused.
      `insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language, recommend) values ('ABCD-EFGH', gen_random_uuid(), '\\x00', '11-15', 'en', 'perhaps')`,
      `insert into private.referral_statistics (received_month, source, age_band, county, categories, reported_to_police, contact_via, channels, urgent, involvement, support_wanted, contact_language, interpreter)
       values ('2026-07-01', 'young_person', '11-15', 'berkshire', '{violence,arson}', 'no', 'direct', '{email}', false, 'victim', '{not_sure}', 'en', false)`,
      `insert into private.referral_statistics (received_month, source, age_band, county, categories, reported_to_police, contact_via, channels, urgent, involvement, support_wanted, contact_language, interpreter, organisation_type)
       values ('2026-07-01', 'professional', '11-15', 'berkshire', '{violence}', 'no', 'direct', '{email}', false, 'victim', '{not_sure}', 'en', false, 'prison')`,
    ];
    for (const sql of attempts) {
      await expect(db().query(sql)).rejects.toMatchObject({ code: '23514' });
    }
  });
});
