-- Whole-payload validation for both forms: which sections each kind of sender must
-- send, and the rules that span sections. Returns every error found, not just the
-- first, so a form can mark all its fields at once.

-- ===========================================================================
-- helpers
-- ===========================================================================

create function private.people_errors(p jsonb, source text) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
  parent jsonb := p -> 'parent_carer';
  referrer jsonb := p -> 'referrer';
  pro jsonb := p -> 'professional';
begin
  if source in ('young_person', 'professional') then
    errs := errs || private.check_object(parent, 'parent_carer', array['knows', 'safe_to_know', 'may_contact'], true);
    if jsonb_typeof(parent) = 'object' then
      errs := errs
        || private.check_choice(parent -> 'knows', 'parent_carer.knows', array['yes', 'no', 'not_sure'], true)
        || private.check_choice(parent -> 'safe_to_know', 'parent_carer.safe_to_know', array['yes', 'no', 'not_sure'], true)
        || private.check_flag(parent -> 'may_contact', 'parent_carer.may_contact');
    end if;
  end if;
  if source = 'parent_carer' then
    errs := errs || private.check_object(referrer, 'referrer', array['name', 'relationship', 'young_person_agreed', 'phone', 'email'], true);
    if jsonb_typeof(referrer) = 'object' then
      errs := errs
        || private.check_text(referrer -> 'name', 'referrer.name', 100, true)
        || private.check_choice(referrer -> 'relationship', 'referrer.relationship', array['parent', 'step_parent', 'carer', 'guardian', 'other_family'], true)
        || private.check_choice(referrer -> 'young_person_agreed', 'referrer.young_person_agreed', array['yes', 'not_yet', 'too_young'], true)
        || private.check_phone(referrer -> 'phone', 'referrer.phone', false)
        || private.check_email(referrer -> 'email', 'referrer.email', false);
      if not (referrer ? 'phone' or referrer ? 'email') then errs := errs || private.field_error('referrer.phone', 'required'); end if;
    end if;
  end if;
  if source = 'professional' then
    errs := errs || private.check_object(referrer, 'referrer', array['name', 'role', 'organisation', 'email', 'phone'], true);
    if jsonb_typeof(referrer) = 'object' then
      errs := errs
        || private.check_text(referrer -> 'name', 'referrer.name', 100, true)
        || private.check_text(referrer -> 'role', 'referrer.role', 100, true)
        || private.check_text(referrer -> 'organisation', 'referrer.organisation', 150, true)
        || private.check_email(referrer -> 'email', 'referrer.email', true)
        || private.check_phone(referrer -> 'phone', 'referrer.phone', true);
    end if;
    errs := errs || private.check_object(pro, 'professional', array['young_person_agreed', 'parent_not_told_reason', 'safeguarding_lead_told', 'safeguarding_referral_made'], true);
    if jsonb_typeof(pro) = 'object' then
      errs := errs
        || case when pro -> 'young_person_agreed' = 'true'::jsonb then '[]' else private.field_error('professional.young_person_agreed', 'required') end
        || private.check_text(pro -> 'parent_not_told_reason', 'professional.parent_not_told_reason', 500, false)
        || private.check_choice(pro -> 'safeguarding_lead_told', 'professional.safeguarding_lead_told', array['yes', 'no'], true)
        || private.check_choice(pro -> 'safeguarding_referral_made', 'professional.safeguarding_referral_made', array['yes', 'no', 'not_sure'], true);
      if parent ->> 'knows' = 'no' and (jsonb_typeof(pro -> 'parent_not_told_reason') is distinct from 'string' or private.is_blank(pro ->> 'parent_not_told_reason')) then
        errs := errs || private.field_error('professional.parent_not_told_reason', 'required');
      end if;
    end if;
  end if;
  return errs;
end $$;

create function private.referral_errors(p jsonb) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  source text := p ->> 'source';
  sections text[];
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  if not p ? 'source' then return private.field_error('source', 'required'); end if;
  -- Like the zod union: with no valid sender there is no schema to judge the rest by.
  if jsonb_typeof(p -> 'source') <> 'string' or source not in ('young_person', 'parent_carer', 'professional') then
    return private.field_error('source', 'invalid_choice');
  end if;
  sections := case source
    when 'young_person' then array['parent_carer']
    when 'parent_carer' then array['referrer']
    else array['referrer', 'parent_carer', 'professional'] end;
  return private.check_object(p, '', array['idempotency_key', 'source', 'age_band', 'language', 'website', 'young_person', 'what_happened', 'safety', 'support', 'contact', 'consents'] || sections, true)
    || private.check_pattern(p -> 'idempotency_key', 'idempotency_key', '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', 'invalid_format', true)
    || private.check_choice(p -> 'age_band', 'age_band', case when source = 'young_person' then array['11-15', '16-17'] else array['5-10', '11-15', '16-17'] end, true)
    || private.check_choice(p -> 'language', 'language', array['en', 'pl', 'ur'], true)
    || private.check_text(p -> 'website', 'website', 200, false)
    || private.young_person_errors(p -> 'young_person', case when source = 'young_person' then 11 else 5 end)
    || private.what_happened_errors(p -> 'what_happened')
    || private.safety_and_support_errors(p -> 'safety', p -> 'support')
    || private.contact_errors(p -> 'contact')
    || private.consents_errors(p -> 'consents')
    || private.people_errors(p, source);
end $$;

create function private.feedback_errors(p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  a jsonb := p -> 'answers';
  outcomes constant text[] := array['better', 'same', 'worse', 'not_sure'];
  errs jsonb;
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  errs := private.check_object(p, '', array['idempotency_key', 'age_band', 'language', 'token', 'website', 'answers'], true)
    || private.check_pattern(p -> 'idempotency_key', 'idempotency_key', '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', 'invalid_format', true)
    || private.check_choice(p -> 'age_band', 'age_band', array['5-10', '11-15', '16-17'], true)
    || private.check_choice(p -> 'language', 'language', array['en', 'pl', 'ur'], true)
    || private.check_pattern(p -> 'token', 'token', '^[2-9A-HJKMNP-TV-Z]{24}$', 'invalid_format', false)
    || private.check_text(p -> 'website', 'website', 200, false)
    || private.check_object(a, 'answers', array['informed', 'wellbeing', 'safe', 'everyday', 'satisfaction', 'listened_to', 'recommend', 'comment'], true);
  if jsonb_typeof(a) = 'object' then
    errs := errs
      || private.check_choice(a -> 'informed', 'answers.informed', outcomes, false)
      || private.check_choice(a -> 'wellbeing', 'answers.wellbeing', outcomes, false)
      || private.check_choice(a -> 'safe', 'answers.safe', outcomes, false)
      || private.check_choice(a -> 'everyday', 'answers.everyday', outcomes, false)
      || private.check_int(a -> 'satisfaction', 'answers.satisfaction', 1, 5, false)
      || private.check_choice(a -> 'listened_to', 'answers.listened_to', array['yes', 'a_bit', 'no'], false)
      || private.check_choice(a -> 'recommend', 'answers.recommend', array['yes', 'maybe', 'no'], false)
      || private.check_text(a -> 'comment', 'answers.comment', 2000, false);
    if not a ?| array['informed', 'wellbeing', 'safe', 'everyday', 'satisfaction', 'listened_to', 'recommend', 'comment'] then
      errs := errs || private.field_error('answers', 'required');
    end if;
  end if;
  return errs;
end $$;
