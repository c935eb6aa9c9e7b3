-- Every rule of src/schemas/referral.ts, again, inside the database: a payload that
-- did not come from the form (or came from an old copy of it) is judged the same.
-- Each section function returns the errors for its part of the payload.

-- ===========================================================================
-- helpers
-- ===========================================================================

create function private.young_person_errors(v jsonb, min_age integer) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  p constant text := 'young_person';
  errs jsonb := private.check_object(v, p, array['first_name', 'preferred_name', 'pronouns', 'age', 'date_of_birth', 'county', 'area', 'school'], true);
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  errs := errs
    || private.check_text(v -> 'first_name', p || '.first_name', 60, true)
    || private.check_text(v -> 'preferred_name', p || '.preferred_name', 60, false)
    || private.check_text(v -> 'pronouns', p || '.pronouns', 30, false)
    || private.check_int(v -> 'age', p || '.age', min_age, 17, false)
    || private.check_date(v -> 'date_of_birth', p || '.date_of_birth', false)
    || private.check_choice(v -> 'county', p || '.county', array['berkshire', 'buckinghamshire', 'oxfordshire', 'outside'], true)
    || private.check_text(v -> 'area', p || '.area', 60, true)
    || private.check_text(v -> 'school', p || '.school', 100, false);
  if not (v ? 'age' or v ? 'date_of_birth') then errs := errs || private.field_error(p || '.age', 'required'); end if;
  if jsonb_typeof(v -> 'date_of_birth') = 'string' and private.is_calendar_date(v ->> 'date_of_birth')
     and private.age_on_today((v ->> 'date_of_birth')::date) not between min_age and 17 then
    errs := errs || private.field_error(p || '.date_of_birth', 'out_of_range');
  end if;
  return errs;
end $$;

create function private.what_happened_errors(v jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  p constant text := 'what_happened';
  errs jsonb := private.check_object(v, p, array['categories', 'involvement', 'when', 'details', 'reported_to_police', 'crime_reference'], true);
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  return errs
    || private.check_choices(v -> 'categories', p || '.categories', array['violence', 'robbery_theft', 'sexual_abuse_exploitation', 'online_abuse_harassment', 'hate_crime', 'domestic_abuse_home', 'relationship_abuse', 'criminal_exploitation', 'something_else'], 1)
    || private.check_choice(v -> 'involvement', p || '.involvement', array['victim', 'witness', 'both'], true)
    || private.check_choice(v -> 'when', p || '.when', array['this_week', 'this_month', 'last_6_months', 'longer_ago', 'ongoing', 'not_sure'], true)
    || private.check_text(v -> 'details', p || '.details', 4000, false)
    || private.check_choice(v -> 'reported_to_police', p || '.reported_to_police', array['yes', 'no', 'not_sure'], true)
    || private.check_text(v -> 'crime_reference', p || '.crime_reference', 30, false);
end $$;

create function private.safety_and_support_errors(safety jsonb, support jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := private.check_object(safety, 'safety', array['safe_now', 'harmer_lives_with_them'], true)
    || private.check_object(support, 'support', array['wanted', 'details'], true);
begin
  if jsonb_typeof(safety) = 'object' then
    errs := errs
      || private.check_choice(safety -> 'safe_now', 'safety.safe_now', array['yes', 'no', 'not_sure'], true)
      || private.check_choice(safety -> 'harmer_lives_with_them', 'safety.harmer_lives_with_them', array['yes', 'no', 'not_sure', 'prefer_not_to_say'], true);
  end if;
  if jsonb_typeof(support) = 'object' then
    errs := errs
      || private.check_choices(support -> 'wanted', 'support.wanted', array['talk_to_someone', 'feel_safer', 'understand_police_court', 'school_support', 'family_support', 'online_safety', 'practical_help', 'not_sure'], 1)
      || private.check_text(support -> 'details', 'support.details', 1000, false);
  end if;
  return errs;
end $$;

create function private.safe_adult_errors(v jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  p constant text := 'contact.safe_adult';
  errs jsonb := private.check_object(v, p, array['name', 'relationship', 'phone', 'email'], false);
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  errs := errs
    || private.check_text(v -> 'name', p || '.name', 100, true)
    || private.check_text(v -> 'relationship', p || '.relationship', 60, true)
    || private.check_phone(v -> 'phone', p || '.phone', false)
    || private.check_email(v -> 'email', p || '.email', false);
  if not (v ? 'phone' or v ? 'email') then errs := errs || private.field_error(p || '.phone', 'required'); end if;
  return errs;
end $$;

-- Nothing the person moved away from is kept (contactSchema in referral-parts.ts):
-- a number, an address, a channel or a voicemail answer is refused unless the
-- chosen way of getting in touch uses it.
create function private.contact_errors(v jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  p constant text := 'contact';
  errs jsonb := private.check_object(v, p, array['via', 'channels', 'phone', 'email', 'voicemail_ok', 'say_who_we_are', 'safe_days', 'safe_times', 'safe_times_note', 'phone_shared', 'email_shared', 'safe_adult', 'language', 'other_language', 'interpreter', 'access_needs'], true);
  channels jsonb := v -> 'channels';
  listed boolean := jsonb_typeof(v -> 'channels') = 'array';
  direct boolean := v ->> 'via' = 'direct';
  by_phone boolean;
  by_email boolean;
  calls boolean;
  k text;
begin
  if jsonb_typeof(v) is distinct from 'object' then return errs; end if;
  errs := errs
    || private.check_choice(v -> 'via', p || '.via', array['direct', 'safe_adult', 'school'], true)
    || private.check_choices(channels, p || '.channels', array['phone_call', 'text_message', 'email'], 0)
    || private.check_phone(v -> 'phone', p || '.phone', false)
    || private.check_email(v -> 'email', p || '.email', false)
    || private.check_flag(v -> 'voicemail_ok', p || '.voicemail_ok')
    || private.check_flag(v -> 'say_who_we_are', p || '.say_who_we_are')
    || private.check_choices(v -> 'safe_days', p || '.safe_days', array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 0)
    || private.check_choices(v -> 'safe_times', p || '.safe_times', array['morning', 'afternoon', 'evening'], 0)
    || private.check_text(v -> 'safe_times_note', p || '.safe_times_note', 200, false)
    || private.check_choice(v -> 'phone_shared', p || '.phone_shared', array['yes', 'no', 'not_sure'], false)
    || private.check_choice(v -> 'email_shared', p || '.email_shared', array['yes', 'no', 'not_sure'], false)
    || private.safe_adult_errors(v -> 'safe_adult')
    || private.check_choice(v -> 'language', p || '.language', array['en', 'pl', 'ur', 'other'], true)
    || private.check_text(v -> 'other_language', p || '.other_language', 40, false)
    || private.check_flag(v -> 'interpreter', p || '.interpreter')
    || private.check_text(v -> 'access_needs', p || '.access_needs', 500, false);
  -- Judged only with a known `via` and a list of channels, as the schema's rule is.
  if listed and v ->> 'via' in ('direct', 'safe_adult', 'school') then
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

create function private.consents_errors(v jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
  item jsonb;
  p text;
  n integer;
begin
  if v is null then return private.field_error('consents', 'required'); end if;
  if jsonb_typeof(v) <> 'array' then return private.field_error('consents', 'invalid'); end if;
  for n in 0 .. jsonb_array_length(v) - 1 loop
    item := v -> n;
    p := 'consents.' || n;
    errs := errs || private.check_object(item, p, array['what', 'given_by', 'given_at', 'notice_version'], true);
    if jsonb_typeof(item) = 'object' then
      errs := errs
        || private.check_choice(item -> 'what', p || '.what', array['referral', 'contact', 'share_information'], true)
        || private.check_choice(item -> 'given_by', p || '.given_by', array['young_person', 'parent_carer', 'professional_on_behalf'], true)
        || private.check_instant(item -> 'given_at', p || '.given_at')
        || private.check_pattern(item -> 'notice_version', p || '.notice_version', '^[A-Za-z0-9._-]{1,20}$', 'invalid_format', true);
    end if;
  end loop;
  if jsonb_array_length(v) > 6 then errs := errs || private.field_error('consents', 'too_many'); end if;
  if not exists (select 1 from jsonb_array_elements(v) e where e ->> 'what' = 'referral') then
    errs := errs || private.field_error('consents', 'required');
  end if;
  return errs;
end $$;
