-- The versioned JSON documents the case system receives. Version 1 is the payload
-- the sender's form sent (less its idempotency key and honeypot), plus the
-- reference, when it arrived and the county at the top for routing. The
-- property tests prove a document gives back every answer exactly as it was sent.

-- ===========================================================================
-- helpers
-- ===========================================================================

create function private.utc_instant(t timestamptz) returns text
language sql immutable set search_path = ''
as $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

create function private.referral_document(referral_id bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'version', 1,
    'reference', r.reference,
    'received_at', private.utc_instant(r.received_at),
    'source', r.source,
    'age_band', r.age_band,
    'language', r.language,
    'county', yp.county,
    'young_person', jsonb_build_object(
      'first_name', yp.name, 'preferred_name', yp.preferred_name, 'pronouns', yp.pronouns, 'age', yp.age,
      'date_of_birth', to_char(yp.date_of_birth, 'YYYY-MM-DD'), 'county', yp.county, 'area', yp.area, 'school', yp.school),
    'what_happened', jsonb_build_object(
      'categories', to_jsonb(r.categories), 'involvement', r.involvement, 'when', r.happened_when, 'details', r.details,
      'reported_to_police', r.reported_to_police, 'crime_reference', r.crime_reference),
    'safety', jsonb_build_object('safe_now', r.safe_now, 'harmer_lives_with_them', r.harmer_lives_with_them),
    'support', jsonb_build_object('wanted', to_jsonb(r.support_wanted), 'details', r.support_details),
    'contact', (
      select jsonb_build_object(
        'via', c.via, 'channels', to_jsonb(c.channels), 'phone', c.phone, 'email', c.email,
        'voicemail_ok', c.voicemail_ok, 'say_who_we_are', c.say_who_we_are, 'safe_days', to_jsonb(c.safe_days),
        'safe_times', to_jsonb(c.safe_times), 'safe_times_note', c.safe_times_note, 'phone_shared', c.phone_shared,
        'email_shared', c.email_shared, 'language', c.language, 'other_language', c.other_language,
        'interpreter', c.interpreter, 'access_needs', c.access_needs,
        'safe_adult', (
          select jsonb_build_object('name', a.name, 'relationship', a.relationship, 'phone', a.phone, 'email', a.email)
          from private.referral_people a where a.referral_id = r.id and a.role = 'safe_adult'))
      from private.contact_preferences c where c.referral_id = r.id),
    'consents', (
      select jsonb_agg(jsonb_build_object('what', k.what, 'given_by', k.given_by, 'given_at', private.utc_instant(k.given_at),
                                          'notice_version', k.notice_version) order by k.position)
      from private.consents k where k.referral_id = r.id),
    'parent_carer', case when r.parent_knows is not null then jsonb_build_object(
      'knows', r.parent_knows, 'safe_to_know', r.parent_safe_to_know, 'may_contact', r.parent_may_contact) end,
    'referrer', (
      select jsonb_build_object('name', p.name, 'relationship', p.relationship, 'role', p.job_role, 'organisation', p.organisation,
                                'email', p.email, 'phone', p.phone,
                                'young_person_agreed', case when r.source = 'parent_carer' then r.young_person_agreed end)
      from private.referral_people p where p.referral_id = r.id and p.role = 'referrer'),
    'professional', case when r.source = 'professional' then jsonb_build_object(
      'young_person_agreed', r.young_person_agreed = 'yes', 'parent_not_told_reason', r.parent_not_told_reason,
      'safeguarding_lead_told', r.safeguarding_lead_told, 'safeguarding_referral_made', r.safeguarding_referral_made) end
  ))
  from private.referrals r
  join private.referral_people yp on yp.referral_id = r.id and yp.role = 'young_person'
  where r.id = referral_document.referral_id
$$;

create function private.feedback_document(feedback_id bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'version', 1,
    'reference', f.reference,
    'received_at', private.utc_instant(f.received_at),
    'age_band', f.age_band,
    'language', f.language,
    'linked_case_id', f.linked_case_id,
    'answers', jsonb_build_object(
      'informed', f.informed, 'wellbeing', f.wellbeing, 'safe', f.safe, 'everyday', f.everyday,
      'satisfaction', f.satisfaction, 'listened_to', f.listened_to, 'recommend', f.recommend, 'comment', f.comment)
  ))
  from private.feedback f
  where f.id = feedback_document.feedback_id
$$;
