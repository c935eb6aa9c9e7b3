-- Referrals: where they are kept, the rules that span their fields, how one is
-- submitted, and the document the case system receives. Tables live in the
-- private schema (not exposed by the API), anon and authenticated hold no grants,
-- and row-level security is on with no policies, so only the security-definer
-- functions can read or write a row. CHECK constraints repeat the payload rules,
-- so even a bug in a function cannot store a value the contract forbids. Each
-- field on its own is checked by the generated functions
-- (*_generated_field_checks.sql); the rules here that span fields sit beside the
-- name of the zod refinement they mirror.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.referrals (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  source private.sources not null,
  age_band private.age_bands not null,
  language private.languages not null,
  categories private.harm_categories_list not null check (cardinality(categories) between 1 and 9),
  involvement private.involvements not null,
  happened_when private.happened_when not null,
  details text check (length(details) <= 4000),
  reported_to_police private.yes_no_not_sure not null,
  crime_reference text check (length(crime_reference) <= 30),
  safe_now private.yes_no_not_sure not null,
  harmer_lives_with_them private.lives_with not null,
  support_wanted private.support_kinds_list not null check (cardinality(support_wanted) between 1 and 8),
  support_details text check (length(support_details) <= 1000),
  parent_knows private.yes_no_not_sure,
  parent_safe_to_know private.yes_no_not_sure,
  parent_may_contact boolean,
  young_person_agreed private.child_agreement,
  parent_not_told_reason text check (length(parent_not_told_reason) <= 500),
  safeguarding_lead_told private.yes_no,
  safeguarding_referral_made private.yes_no_not_sure,
  -- Derived, never asked: a child is not asked whether they are urgent. Urgent when
  -- they are not safe (or not sure) right now, the person who harmed them lives
  -- with them, or it is still happening. The case system is fed these first.
  urgent boolean not null generated always as (
    safe_now in ('no', 'not_sure') or harmer_lives_with_them = 'yes' or happened_when = 'ongoing') stored,
  -- Sent past a rate limit with a solved challenge (private.admit): perhaps a
  -- person, perhaps a flood. Kept out of the case workers' queue and claimed apart.
  held boolean not null default false,
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  -- The id of this referral's row in private.referral_statistics, handed to the case
  -- system in the document (version 3) so it can report milestones against the row
  -- after this referral is purged. Random, so it says nothing by itself; why not the
  -- reference or the case id: supabase/report/README.md, milestones.
  statistics_id uuid not null default gen_random_uuid() unique,
  check ((source = 'parent_carer') = (parent_knows is null)),
  check ((source = 'young_person') = (young_person_agreed is null)),
  check ((source = 'professional') = (safeguarding_lead_told is not null)),
  -- Consent follows safety: no parent or carer it may not be safe to tell is contacted.
  check (parent_safe_to_know = 'yes' or parent_may_contact is not true),
  check (age_band <> '16-17' or young_person_agreed is distinct from 'too_young'),
  check (acknowledged_at is null or case_id is not null)
);
create index referrals_unclaimed on private.referrals (held, urgent desc, received_at, id) where claimed_at is null;

-- The young person, the referrer and a named safe adult: one row each at most.
create table private.referral_people (
  referral_id bigint not null references private.referrals (id) on delete cascade,
  role text not null check (role in ('young_person', 'referrer', 'safe_adult')),
  name text not null check (length(name) <= 100),
  preferred_name text check (length(preferred_name) <= 60),
  pronouns text check (length(pronouns) <= 30),
  age smallint check (age between 5 and 17),
  date_of_birth date,
  county private.counties,
  area text check (length(area) <= 60),
  school text check (length(school) <= 100),
  relationship text check (length(relationship) <= 60),
  job_role text check (length(job_role) <= 100),
  organisation text check (length(organisation) <= 150),
  organisation_type private.organisation_types,
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 20),
  primary key (referral_id, role),
  check (role <> 'young_person' or (county is not null and area is not null and (age is not null or date_of_birth is not null)))
);

create table private.contact_preferences (
  referral_id bigint primary key references private.referrals (id) on delete cascade,
  via private.contact_via not null,
  channels private.channels_list not null,
  phone text check (length(phone) <= 20),
  email text check (length(email) <= 254),
  voicemail_ok boolean not null,
  say_who_we_are boolean not null,
  safe_days private.days_list not null,
  safe_times private.times_of_day_list not null,
  safe_times_note text check (length(safe_times_note) <= 200),
  phone_shared private.yes_no_not_sure,
  email_shared private.yes_no_not_sure,
  language private.contact_languages not null,
  other_language text check (length(other_language) <= 40),
  interpreter boolean not null,
  access_needs text check (length(access_needs) <= 500),
  check (via <> 'direct' or cardinality(channels) > 0),
  -- Only what the chosen way of getting in touch uses: nothing left over from a
  -- choice the person moved away from.
  check (via = 'direct' or cardinality(channels) = 0),
  check ((phone is null and phone_shared is null) or (via = 'direct' and channels && array['phone_call', 'text_message'])),
  check ((email is null and email_shared is null) or (via = 'direct' and channels @> array['email'])),
  check (not (voicemail_ok or say_who_we_are) or (via = 'direct' and channels @> array['phone_call']))
);

create table private.consents (
  referral_id bigint not null references private.referrals (id) on delete cascade,
  position smallint not null check (position between 0 and 5),
  what private.consent_kinds not null,
  given_by private.consent_givers not null,
  given_at timestamptz not null,
  notice_version text not null check (notice_version ~ '^[A-Za-z0-9._-]{1,20}$'),
  primary key (referral_id, position)
);

-- ===========================================================================
-- helpers
-- ===========================================================================

-- youngPersonSchema: an age or a date of birth, and a date of birth in the band.
create function private.young_person_rules(v jsonb, min_age integer) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  errs jsonb := '[]';
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  if not (v ? 'age' or v ? 'date_of_birth') then errs := errs || private.field_error('young_person.age', 'required'); end if;
  if jsonb_typeof(v -> 'date_of_birth') = 'string' and private.is_calendar_date(v ->> 'date_of_birth')
     and private.age_on_today((v ->> 'date_of_birth')::date) not between min_age and 17 then
    errs := errs || private.field_error('young_person.date_of_birth', 'out_of_range');
  end if;
  return errs;
end $$;

-- safeAdultSchema and parentReferrerSchema: at least one way to reach them.
create function private.phone_or_email_rule(v jsonb, path text) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(v) = 'object' and not (v ? 'phone' or v ? 'email')
    then private.field_error(path || '.phone', 'required') else '[]' end
$$;

-- contactSchema: nothing the person moved away from is kept. A number, an address,
-- a channel or a voicemail answer is refused unless the chosen way of getting in
-- touch uses it.
create function private.contact_rules(v jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  p constant text := 'contact';
  errs jsonb := '[]';
  channels jsonb := v -> 'channels';
  direct boolean := v ->> 'via' = 'direct';
  by_phone boolean;
  by_email boolean;
  calls boolean;
  k text;
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  errs := errs || private.phone_or_email_rule(v -> 'safe_adult', 'contact.safe_adult');
  -- Judged only with a known `via` and a list of channels, as the schema's rule is.
  if jsonb_typeof(channels) = 'array' and v ->> 'via' in ('direct', 'safe_adult', 'school') then
    by_phone := direct and (channels ? 'phone_call' or channels ? 'text_message');
    by_email := direct and channels ? 'email';
    calls := direct and channels ? 'phone_call';
    if direct and jsonb_array_length(channels) = 0 then errs := errs || private.field_error(p || '.channels', 'required'); end if;
    if not direct and jsonb_array_length(channels) > 0 then errs := errs || private.field_error(p || '.channels', 'invalid'); end if;
    if by_phone and not v ? 'phone' then errs := errs || private.field_error(p || '.phone', 'required'); end if;
    if by_email and not v ? 'email' then errs := errs || private.field_error(p || '.email', 'required'); end if;
    foreach k in array case when by_phone then '{}'::text[] else array['phone', 'phone_shared'] end
                    || case when by_email then '{}'::text[] else array['email', 'email_shared'] end loop
      if v ? k then errs := errs || private.field_error(p || '.' || k, 'invalid'); end if;
    end loop;
    if not calls then
      foreach k in array array['voicemail_ok', 'say_who_we_are'] loop
        if v -> k = 'true'::jsonb then errs := errs || private.field_error(p || '.' || k, 'invalid'); end if;
      end loop;
    end if;
  end if;
  if v ->> 'via' = 'safe_adult' and not v ? 'safe_adult' then errs := errs || private.field_error(p || '.safe_adult', 'required'); end if;
  if v ->> 'language' = 'other' and (jsonb_typeof(v -> 'other_language') is distinct from 'string' or private.is_blank(v ->> 'other_language')) then
    errs := errs || private.field_error(p || '.other_language', 'required');
  end if;
  return errs;
end $$;

-- consentsSchema: the consent to be referred is among them.
create function private.consents_rules(v jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(v) = 'array' and jsonb_array_length(v) > 0
      and not exists (select 1 from jsonb_array_elements(v) e where e ->> 'what' = 'referral')
    then private.field_error('consents', 'required') else '[]' end
$$;

-- parentCarerSchema: a parent or carer it may not be safe to tell (or the child is
-- not sure) is never contacted.
create function private.parent_carer_rules(v jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(v) = 'object' and v ->> 'safe_to_know' in ('no', 'not_sure')
      and v -> 'may_contact' = 'true'::jsonb
    then private.field_error('parent_carer.may_contact', 'invalid') else '[]' end
$$;

-- parentCarerReferralSchema: a 16 or 17 year old is never "too young to understand".
create function private.parent_carer_referral_rules(p jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when p ->> 'age_band' = '16-17' and jsonb_typeof(p -> 'referrer') = 'object'
      and p -> 'referrer' ->> 'young_person_agreed' = 'too_young'
    then private.field_error('referrer.young_person_agreed', 'invalid') else '[]' end
$$;

-- professionalReferralSchema: a professional says why the parent or carer was not told.
create function private.professional_rules(p jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(p -> 'professional') = 'object' and p -> 'parent_carer' ->> 'knows' = 'no'
      and (jsonb_typeof(p -> 'professional' -> 'parent_not_told_reason') is distinct from 'string'
           or private.is_blank(p -> 'professional' ->> 'parent_not_told_reason'))
    then private.field_error('professional.parent_not_told_reason', 'required') else '[]' end
$$;

create function private.referral_errors(p jsonb) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  source text := p ->> 'source';
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  if not p ? 'source' then return private.field_error('source', 'required'); end if;
  -- Like the zod union: with no valid sender there is no schema to judge the rest by.
  if jsonb_typeof(p -> 'source') <> 'string' or source not in ('young_person', 'parent_carer', 'professional') then
    return private.field_error('source', 'invalid_choice');
  end if;
  return case source
      when 'young_person' then private.young_person_referral_fields(p)
      when 'parent_carer' then private.parent_carer_referral_fields(p)
      else private.professional_referral_fields(p) end
    || private.young_person_rules(p -> 'young_person', case when source = 'young_person' then 11 else 5 end)
    || private.contact_rules(p -> 'contact')
    || private.consents_rules(p -> 'consents')
    || case when source = 'parent_carer' then private.phone_or_email_rule(p -> 'referrer', 'referrer')
                                              || private.parent_carer_referral_rules(p)
            else private.parent_carer_rules(p -> 'parent_carer') end
    || case when source = 'professional' then private.professional_rules(p) else '[]' end;
end $$;

-- The declared answers of a payload (private.referral_questions) that one table
-- stores, as {column: answer}.
create function private.declared_answers(p jsonb, tbl text) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(q.column_name, p #> string_to_array(q.path, '.')), '{}')
  from private.referral_questions q
  where q.table_name = tbl and p #> string_to_array(q.path, '.') is not null
$$;

-- The statement that inserts one row of a private table from {column: value}: the
-- object's keys are the columns, and each value is read as its column's type, so a
-- domain or a check refuses what it refused before. Run with `execute … using`.
create function private.insert_sql(tbl text, fields jsonb, tail text default '') returns text
language sql immutable set search_path = ''
as $$
  select format('insert into private.%1$I (%2$s) select %2$s from jsonb_populate_record(null::private.%1$I, $1) %3$s',
                tbl, string_agg(quote_ident(k), ', ' order by k), tail)
  from jsonb_object_keys(fields) k
$$;

create function private.store_referral(p jsonb, reference text, held boolean) returns void
language plpgsql volatile set search_path = ''
as $$
declare
  rid bigint;
  yp jsonb := p -> 'young_person';
  ref jsonb := p -> 'referrer';
  c jsonb := p -> 'contact';
  answers jsonb;
begin
  -- The declared questions (what happened, safety, support), then what only some
  -- senders are asked.
  answers := private.declared_answers(p, 'referrals') || jsonb_build_object(
    'reference', reference, 'idempotency_key', p -> 'idempotency_key', 'payload_hash', private.payload_hash(p),
    'source', p -> 'source', 'age_band', p -> 'age_band', 'language', p -> 'language',
    'parent_knows', p #> '{parent_carer,knows}', 'parent_safe_to_know', p #> '{parent_carer,safe_to_know}',
    'parent_may_contact', p #> '{parent_carer,may_contact}',
    'young_person_agreed', case p ->> 'source' when 'parent_carer' then ref ->> 'young_person_agreed' when 'professional' then 'yes' end,
    'parent_not_told_reason', p #> '{professional,parent_not_told_reason}',
    'safeguarding_lead_told', p #> '{professional,safeguarding_lead_told}',
    'safeguarding_referral_made', p #> '{professional,safeguarding_referral_made}', 'held', held);
  execute private.insert_sql('referrals', answers, 'on conflict (idempotency_key) do nothing returning id') into rid using answers;
  -- A concurrent request with the same key won; the caller re-reads and replays.
  if rid is null then return; end if;

  insert into private.referral_people (referral_id, role, name, preferred_name, pronouns, age, date_of_birth, county, area, school)
  values (rid, 'young_person', yp ->> 'first_name', yp ->> 'preferred_name', yp ->> 'pronouns', (yp ->> 'age')::numeric::smallint,
          (yp ->> 'date_of_birth')::date, yp ->> 'county', yp ->> 'area', yp ->> 'school');
  if ref is not null then
    insert into private.referral_people (referral_id, role, name, relationship, job_role, organisation, organisation_type, email, phone)
    values (rid, 'referrer', ref ->> 'name', case when p ->> 'source' = 'parent_carer' then ref ->> 'relationship' end,
            ref ->> 'role', ref ->> 'organisation', ref ->> 'organisation_type', ref ->> 'email', ref ->> 'phone');
  end if;
  if c ? 'safe_adult' then
    insert into private.referral_people (referral_id, role, name, relationship, email, phone)
    values (rid, 'safe_adult', c #>> '{safe_adult,name}', c #>> '{safe_adult,relationship}', c #>> '{safe_adult,email}', c #>> '{safe_adult,phone}');
  end if;

  answers := private.declared_answers(p, 'contact_preferences') || jsonb_build_object('referral_id', rid);
  execute private.insert_sql('contact_preferences', answers) using answers;

  insert into private.consents (referral_id, position, what, given_by, given_at, notice_version)
  select rid, n - 1, e ->> 'what', e ->> 'given_by', (e ->> 'given_at')::timestamptz, e ->> 'notice_version'
  from jsonb_array_elements(p -> 'consents') with ordinality as t(e, n);
end $$;

-- A referral's declared answers as its document holds them: {section: {question: answer}}.
create function private.declared_document(r private.referrals) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(section, answers), '{}') from (
    select split_part(q.path, '.', 1) as section,
           jsonb_object_agg(split_part(q.path, '.', 2), s.stored -> q.table_name -> q.column_name) as answers
    from private.referral_questions q, (
      select jsonb_build_object('referrals', to_jsonb(r), 'contact_preferences', (
        select to_jsonb(c) from private.contact_preferences c where c.referral_id = r.id)) as stored) s
    group by 1) sections
$$;

-- Why a referral is urgent (private.referrals.urgent), as codes for the document.
create function private.urgent_reasons(r private.referrals) returns jsonb
language sql immutable set search_path = ''
as $$
  select coalesce(jsonb_agg(reason order by n), '[]') from (values
    (1, case r.safe_now when 'no' then 'not_safe_now' when 'not_sure' then 'not_sure_safe_now' end),
    (2, case when r.harmer_lives_with_them = 'yes' then 'lives_with_harmer' end),
    (3, case when r.happened_when = 'ongoing' then 'still_happening' end)) v(n, reason)
  where reason is not null
$$;

-- "a", "a and b", "a, b and c".
create function private.and_list(items text[]) returns text
language sql immutable set search_path = ''
as $$
  select case when cardinality(items) <= 1 then items[1]
    else array_to_string(items[1:cardinality(items) - 1], ', ') || ' and ' || items[cardinality(items)] end
$$;

-- The first thing a caseworker reads: how it is safe to make contact, in plain
-- words and a fixed order: who and how, what not to do (parents among it), when,
-- which language. In English, the case system's language; built only from the
-- closed-list answers and the safe adult's name, so nothing a child typed about
-- what happened is repeated here.
create function private.contact_summary(rid bigint) returns text
language plpgsql stable set search_path = ''
as $$
declare
  r private.referrals;
  c private.contact_preferences;
  adult private.referral_people;
  said text[] := '{}';
  who text;
  ways text[];
  days text[];
  times text[];
  names constant jsonb := '{"phone_call": "phone call", "text_message": "text", "email": "email",
    "mon": "Mondays", "tue": "Tuesdays", "wed": "Wednesdays", "thu": "Thursdays", "fri": "Fridays",
    "sat": "Saturdays", "sun": "Sundays", "morning": "mornings", "afternoon": "afternoons", "evening": "evenings",
    "en": "English", "pl": "Polish", "ur": "Urdu"}';
begin
  select * into r from private.referrals where id = rid;
  select * into c from private.contact_preferences where referral_id = rid;
  select * into adult from private.referral_people where referral_id = rid and role = 'safe_adult';
  who := case when r.source = 'parent_carer' then 'the parent or carer who referred' else 'the young person' end;
  if c.via = 'safe_adult' then
    said := said || format('Contact %s (%s), an adult the young person trusts, not the young person directly.', adult.name, adult.relationship);
  elsif c.via = 'school' then
    said := said || 'Contact the young person through their school, not directly.'::text;
  else
    select array_agg(names ->> ch order by n) into ways from unnest(c.channels::text[]) with ordinality u(ch, n);
    said := said || case when cardinality(ways) = 1 then format('Contact %s by %s only.', who, ways[1])
                         else format('Contact %s by %s first, then %s.', who, ways[1], array_to_string(ways[2:], ', then ')) end;
    if not c.voicemail_ok then said := said || 'Do not leave voicemail.'::text; end if;
    if not c.say_who_we_are then said := said || 'Do not say who we are.'::text; end if;
    if c.phone_shared in ('yes', 'not_sure') then said := said || 'Someone else may see or answer this phone.'::text; end if;
    if c.email_shared in ('yes', 'not_sure') then said := said || 'Someone else may read this email.'::text; end if;
  end if;
  if r.source <> 'parent_carer' then
    said := said || case
      when r.parent_safe_to_know = 'no' then 'Do not contact parents or carers: not safe for them to know.'
      when r.parent_safe_to_know = 'not_sure' then 'Do not contact parents or carers: not sure it is safe for them to know.'
      when not r.parent_may_contact then 'Do not contact parents or carers: the young person did not agree.'
      else 'Parents or carers may be contacted.' end;
  end if;
  if c.via = 'direct' then
    select array_agg(names ->> d order by n) into days from unnest(c.safe_days::text[]) with ordinality u(d, n);
    select array_agg(names ->> t order by n) into times from unnest(c.safe_times::text[]) with ordinality u(t, n);
    said := said || case
      when days is null and times is null then 'Any day or time.'
      when times is null then private.and_list(days) || '.'
      when days is null then initcap(private.and_list(times)) || '.'
      else private.and_list(days) || ', ' || private.and_list(times) || '.' end;
  end if;
  said := said || case when c.language = 'other' then format('Prefers %s.', c.other_language)
                       else format('Prefers %s.', names ->> c.language::text) end;
  if c.interpreter then said := said || 'Wants an interpreter.'::text; end if;
  return array_to_string(said, ' ');
end $$;

-- The versioned JSON document the case system receives. It is the payload the
-- sender's form sent (less its idempotency key and honeypot), plus the reference,
-- when it arrived and the county at the top for routing. Version 2 adds, first,
-- what a caseworker needs before anything else: the contact-safety summary, the
-- derived priority and why. Version 3 adds `statistics_id`, which the case system
-- keeps in its case to report milestones (public.record_milestone); 3.1, when it
-- arrived in an hour a flood may have filled, `surge`. The version it states is
-- generated (private.referral_document_version), as are the declared questions'
-- sections (private.declared_document). The property tests prove a document gives
-- back every answer exactly as it was sent.
create function private.referral_document(referral_id bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_strip_nulls(private.referral_document_version() || jsonb_build_object(
    'reference', r.reference,
    'statistics_id', r.statistics_id,
    'contact_summary', private.contact_summary(r.id),
    'priority', case when r.urgent then 'urgent' else 'routine' end,
    'urgent_reasons', private.urgent_reasons(r),
    -- Arrived in an hour when the ceiling from everyone was reached: a flood may have
    -- put junk in the queue beside it (private.admit).
    'surge', case when private.surge_at('referral', r.received_at) then true end,
    'received_at', private.utc_instant(r.received_at),
    'source', r.source,
    'age_band', r.age_band,
    'language', r.language,
    'county', yp.county,
    'young_person', jsonb_build_object(
      'first_name', yp.name, 'preferred_name', yp.preferred_name, 'pronouns', yp.pronouns, 'age', yp.age,
      'date_of_birth', to_char(yp.date_of_birth, 'YYYY-MM-DD'), 'county', yp.county, 'area', yp.area, 'school', yp.school),
    'consents', (
      select jsonb_agg(jsonb_build_object('what', k.what, 'given_by', k.given_by, 'given_at', private.utc_instant(k.given_at),
                                          'notice_version', k.notice_version) order by k.position)
      from private.consents k where k.referral_id = r.id),
    'parent_carer', case when r.parent_knows is not null then jsonb_build_object(
      'knows', r.parent_knows, 'safe_to_know', r.parent_safe_to_know, 'may_contact', r.parent_may_contact) end,
    'referrer', (
      select jsonb_build_object('name', p.name, 'relationship', p.relationship, 'role', p.job_role, 'organisation', p.organisation,
                                'organisation_type', p.organisation_type, 'email', p.email, 'phone', p.phone,
                                'young_person_agreed', case when r.source = 'parent_carer' then r.young_person_agreed end)
      from private.referral_people p where p.referral_id = r.id and p.role = 'referrer'),
    'professional', case when r.source = 'professional' then jsonb_build_object(
      'young_person_agreed', r.young_person_agreed = 'yes', 'parent_not_told_reason', r.parent_not_told_reason,
      'safeguarding_lead_told', r.safeguarding_lead_told, 'safeguarding_referral_made', r.safeguarding_referral_made) end)
    -- What happened, safety, support and the contact preferences: the declared questions,
    -- and, in contact, a safe adult's details.
    || d.answers || jsonb_build_object('contact', d.answers -> 'contact' || jsonb_build_object('safe_adult', (
      select jsonb_build_object('name', a.name, 'relationship', a.relationship, 'phone', a.phone, 'email', a.email)
      from private.referral_people a where a.referral_id = r.id and a.role = 'safe_adult'))))
  from private.referrals r
  join private.referral_people yp on yp.referral_id = r.id and yp.role = 'young_person'
  cross join lateral (select private.declared_document(r) as answers) d
  where r.id = referral_document.referral_id
$$;

-- ===========================================================================
-- functions
-- ===========================================================================

-- The public key's door for referrals: validates, replays or refuses a reused
-- idempotency key, rate-limits, swallows honeypot submissions, stores, and
-- answers with a reference code and nothing else.
create function public.submit_referral(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  screened jsonb := private.screen('referral', 'private.referrals', payload);
begin
  if not screened ? 'held' then return screened; end if;
  perform private.store_referral(payload, private.new_reference('private.referrals'), (screened ->> 'held')::boolean);
  return private.stored_reference('private.referrals', payload);
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

-- Row-level security on, and deliberately no policy for any role or operation: a
-- role that somehow gained a table grant would still see and change nothing.
alter table private.referrals enable row level security;
alter table private.referral_people enable row level security;
alter table private.contact_preferences enable row level security;
alter table private.consents enable row level security;
revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;

-- Execute rights are the whole access model: the public key may call this.
revoke execute on function public.submit_referral(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.submit_referral(jsonb) to anon;
