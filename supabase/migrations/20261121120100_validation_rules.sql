-- The rules that span fields, written once here, each beside the zod refinement
-- it mirrors in src/schemas. Every field on its own (type, closed list, length,
-- pattern, required, unknown keys) is checked by the generated functions in
-- *_generated_field_checks.sql. Each function returns a JSON array of
-- {path, code} errors, empty when fine.

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

-- professionalReferralSchema: a professional says why the parent or carer was not told.
create function private.professional_rules(p jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(p -> 'professional') = 'object' and p -> 'parent_carer' ->> 'knows' = 'no'
      and (jsonb_typeof(p -> 'professional' -> 'parent_not_told_reason') is distinct from 'string'
           or private.is_blank(p -> 'professional' ->> 'parent_not_told_reason'))
    then private.field_error('professional.parent_not_told_reason', 'required') else '[]' end
$$;

-- ===========================================================================
-- functions
-- ===========================================================================

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
    || case when source = 'parent_carer' then private.phone_or_email_rule(p -> 'referrer', 'referrer') else '[]' end
    || case when source = 'professional' then private.professional_rules(p) else '[]' end;
end $$;

-- feedbackAnswersSchema: at least one answer.
create function private.feedback_errors(p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  a jsonb := p -> 'answers';
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  return private.feedback_fields(p)
    || case when jsonb_typeof(a) = 'object' and not a ?| array['informed', 'wellbeing', 'safe', 'everyday', 'satisfaction', 'listened_to', 'recommend', 'comment']
         then private.field_error('answers', 'required') else '[]' end;
end $$;
