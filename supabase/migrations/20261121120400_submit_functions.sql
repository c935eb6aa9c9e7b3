-- The only two doors the public key has: submit a referral, submit feedback. Each
-- validates, replays or refuses a reused idempotency key, rate-limits, swallows
-- honeypot submissions, stores, and answers with a reference code and nothing else.

-- ===========================================================================
-- helpers
-- ===========================================================================

create function private.store_referral(p jsonb, reference text) returns void
language plpgsql volatile set search_path = ''
as $$
declare
  rid bigint;
  yp jsonb := p -> 'young_person';
  ref jsonb := p -> 'referrer';
  c jsonb := p -> 'contact';
begin
  insert into private.referrals (
    reference, idempotency_key, payload_hash, source, age_band, language,
    categories, involvement, happened_when, details, reported_to_police, crime_reference,
    safe_now, harmer_lives_with_them, support_wanted, support_details,
    parent_knows, parent_safe_to_know, parent_may_contact, young_person_agreed,
    parent_not_told_reason, safeguarding_lead_told, safeguarding_referral_made)
  values (
    reference, (p ->> 'idempotency_key')::uuid, private.payload_hash(p), p ->> 'source', p ->> 'age_band', p ->> 'language',
    private.text_array(p #> '{what_happened,categories}'), p #>> '{what_happened,involvement}', p #>> '{what_happened,when}',
    p #>> '{what_happened,details}', p #>> '{what_happened,reported_to_police}', p #>> '{what_happened,crime_reference}',
    p #>> '{safety,safe_now}', p #>> '{safety,harmer_lives_with_them}', private.text_array(p #> '{support,wanted}'), p #>> '{support,details}',
    p #>> '{parent_carer,knows}', p #>> '{parent_carer,safe_to_know}', (p #>> '{parent_carer,may_contact}')::boolean,
    case p ->> 'source' when 'parent_carer' then ref ->> 'young_person_agreed' when 'professional' then 'yes' end,
    p #>> '{professional,parent_not_told_reason}', p #>> '{professional,safeguarding_lead_told}', p #>> '{professional,safeguarding_referral_made}')
  on conflict (idempotency_key) do nothing
  returning id into rid;
  -- A concurrent request with the same key won; the caller re-reads and replays.
  if rid is null then return; end if;

  insert into private.referral_people (referral_id, role, name, preferred_name, pronouns, age, date_of_birth, county, area, school)
  values (rid, 'young_person', yp ->> 'first_name', yp ->> 'preferred_name', yp ->> 'pronouns', (yp ->> 'age')::smallint,
          (yp ->> 'date_of_birth')::date, yp ->> 'county', yp ->> 'area', yp ->> 'school');
  if ref is not null then
    insert into private.referral_people (referral_id, role, name, relationship, job_role, organisation, email, phone)
    values (rid, 'referrer', ref ->> 'name', case when p ->> 'source' = 'parent_carer' then ref ->> 'relationship' end,
            ref ->> 'role', ref ->> 'organisation', ref ->> 'email', ref ->> 'phone');
  end if;
  if c ? 'safe_adult' then
    insert into private.referral_people (referral_id, role, name, relationship, email, phone)
    values (rid, 'safe_adult', c #>> '{safe_adult,name}', c #>> '{safe_adult,relationship}', c #>> '{safe_adult,email}', c #>> '{safe_adult,phone}');
  end if;

  insert into private.contact_preferences (
    referral_id, via, channels, phone, email, voicemail_ok, say_who_we_are, safe_days, safe_times, safe_times_note,
    phone_shared, email_shared, language, other_language, interpreter, access_needs)
  values (
    rid, c ->> 'via', private.text_array(c -> 'channels'), c ->> 'phone', c ->> 'email', (c ->> 'voicemail_ok')::boolean,
    (c ->> 'say_who_we_are')::boolean, private.text_array(c -> 'safe_days'), private.text_array(c -> 'safe_times'), c ->> 'safe_times_note',
    c ->> 'phone_shared', c ->> 'email_shared', c ->> 'language', c ->> 'other_language', (c ->> 'interpreter')::boolean, c ->> 'access_needs');

  insert into private.consents (referral_id, position, what, given_by, given_at, notice_version)
  select rid, n - 1, e ->> 'what', e ->> 'given_by', (e ->> 'given_at')::timestamptz, e ->> 'notice_version'
  from jsonb_array_elements(p -> 'consents') with ordinality as t(e, n);
end $$;

-- ===========================================================================
-- functions
-- ===========================================================================

create function public.submit_referral(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  errs jsonb := private.referral_errors(payload);
  ref text;
  found_ref text;
  found_hash bytea;
begin
  if errs <> '[]' then perform private.raise_error(400, 'invalid_payload', errs); end if;
  select r.reference, r.payload_hash into found_ref, found_hash
  from private.referrals r where r.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  if found_ref is not null then
    return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
  end if;
  perform private.take_rate_limit('referral');
  if private.is_honeypot(payload) then
    return jsonb_build_object('reference', private.decoy_reference(payload ->> 'idempotency_key'));
  end if;
  loop
    ref := private.reference_from(private.random_bytes());
    exit when not exists (select 1 from private.referrals r where r.reference = ref);
  end loop;
  perform private.store_referral(payload, ref);
  select r.reference, r.payload_hash into found_ref, found_hash
  from private.referrals r where r.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
end $$;

create function public.submit_feedback(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  errs jsonb := private.feedback_errors(payload);
  a jsonb := payload -> 'answers';
  ref text;
  found_ref text;
  found_hash bytea;
  linked text;
begin
  if errs <> '[]' then perform private.raise_error(400, 'invalid_payload', errs); end if;
  select f.reference, f.payload_hash into found_ref, found_hash
  from private.feedback f where f.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  if found_ref is not null then
    return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
  end if;
  perform private.take_rate_limit('feedback');
  if private.is_honeypot(payload) then
    return jsonb_build_object('reference', private.decoy_reference(payload ->> 'idempotency_key'));
  end if;
  -- A used, expired or unknown token is not an error: the answers are kept, unlinked,
  -- and the sender learns nothing about which tokens exist.
  update private.feedback_tokens t set used_at = now()
  where t.token_hash = sha256(convert_to(payload ->> 'token', 'UTF8')) and t.used_at is null
    and t.issued_at > now() - (select s.token_lifetime from private.settings s)
  returning t.case_id into linked;
  loop
    ref := private.reference_from(private.random_bytes());
    exit when not exists (select 1 from private.feedback f where f.reference = ref);
  end loop;
  insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language, informed, wellbeing, safe, everyday,
                                satisfaction, listened_to, recommend, comment, linked_case_id)
  values (ref, (payload ->> 'idempotency_key')::uuid, private.payload_hash(payload), payload ->> 'age_band', payload ->> 'language',
          a ->> 'informed', a ->> 'wellbeing', a ->> 'safe', a ->> 'everyday', (a ->> 'satisfaction')::smallint, a ->> 'listened_to',
          a ->> 'recommend', a ->> 'comment', linked)
  on conflict (idempotency_key) do nothing;
  select f.reference, f.payload_hash into found_ref, found_hash
  from private.feedback f where f.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

-- Execute rights are the whole access model: the public key may call these two
-- functions and nothing else.
revoke execute on function public.submit_referral(jsonb) from public, anon, authenticated, service_role;
revoke execute on function public.submit_feedback(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.submit_referral(jsonb) to anon;
grant execute on function public.submit_feedback(jsonb) to anon;
