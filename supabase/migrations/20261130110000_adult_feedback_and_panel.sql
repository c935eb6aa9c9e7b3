-- Two more things people can send, locked down like feedback. Parents, carers and
-- professionals answer a short survey of their own (with the young people's
-- satisfaction scale and, through a feedback link, the same single-use tokens);
-- each answer also leaves a row of statistics that identifies nobody. Young
-- people can offer to help shape the service: a first name and one way to reach
-- them, a submission of its own that never links to survey answers, kept only
-- until the case system has it (settings.panel_retention). Both are queued to the
-- case system through the queue helpers in *_case_system.sql.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.adult_feedback (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  respondent private.adult_respondents not null,
  language private.languages not null,
  ease private.ease_answers,
  knew_next private.knew_next_answers,
  satisfaction smallint check (satisfaction between 1 and 5),
  comment text check (length(comment) <= 2000),
  linked_case_id text check (length(linked_case_id) <= 200),
  -- Sent past a rate limit with a solved challenge (private.admit): kept apart.
  held boolean not null default false,
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  check (acknowledged_at is null or case_id is not null)
);
create index adult_feedback_unclaimed on private.adult_feedback (received_at) where claimed_at is null;
create index adult_feedback_held on private.adult_feedback (received_at) where held;

-- Never purged, as private.feedback_statistics: the month and the closed-list answers only.
create table private.adult_feedback_statistics (
  id uuid primary key default gen_random_uuid(),
  received_month date not null check (extract(day from received_month) = 1),
  respondent private.adult_respondents not null,
  ease private.ease_answers,
  knew_next private.knew_next_answers,
  satisfaction smallint check (satisfaction between 1 and 5)
);
create index adult_feedback_statistics_received_month on private.adult_feedback_statistics (received_month);

create table private.panel_volunteers (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  age_band private.age_bands not null,
  language private.languages not null,
  first_name text not null check (length(first_name) <= 60),
  contact_method private.panel_contact_methods not null,
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 20),
  -- Sent past a rate limit with a solved challenge (private.admit): kept apart.
  held boolean not null default false,
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  check (acknowledged_at is null or case_id is not null),
  -- Only the detail the chosen way needs (panelSchema).
  check (case contact_method when 'email' then email is not null and phone is null
                             else phone is not null and email is null end)
);
create index panel_volunteers_unclaimed on private.panel_volunteers (received_at) where claimed_at is null;
create index panel_volunteers_held on private.panel_volunteers (received_at) where held;

-- ===========================================================================
-- helpers
-- ===========================================================================

-- adultFeedbackAnswersSchema: at least one answer.
create function private.adult_feedback_errors(p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  a jsonb := p -> 'answers';
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  return private.adult_feedback_fields(p)
    || case when jsonb_typeof(a) = 'object' and not a ?| array['ease', 'knew_next', 'satisfaction', 'comment']
         then private.field_error('answers', 'required') else '[]' end;
end $$;

-- panelSchema: the detail the chosen way needs, and never the other one. Like the
-- zod rule, it runs once contact_method itself is valid.
create function private.panel_errors(p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  method text := p ->> 'contact_method';
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  if jsonb_typeof(p -> 'contact_method') is distinct from 'string' or method not in ('email', 'phone', 'text') then
    return private.panel_fields(p);
  end if;
  return private.panel_fields(p)
    || case when method = 'email' and not p ? 'email' then private.field_error('email', 'required') else '[]' end
    || case when method <> 'email' and not p ? 'phone' then private.field_error('phone', 'required') else '[]' end
    || case when method = 'email' and p ? 'phone' then private.field_error('phone', 'invalid') else '[]' end
    || case when method <> 'email' and p ? 'email' then private.field_error('email', 'invalid') else '[]' end;
end $$;

create function private.adult_feedback_document(feedback_id bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'version', 1,
    'reference', f.reference,
    'received_at', private.utc_instant(f.received_at),
    'respondent', f.respondent,
    'language', f.language,
    'linked_case_id', f.linked_case_id,
    'answers', jsonb_build_object('ease', f.ease, 'knew_next', f.knew_next, 'satisfaction', f.satisfaction, 'comment', f.comment)
  ))
  from private.adult_feedback f
  where f.id = adult_feedback_document.feedback_id
$$;

create function private.panel_document(volunteer_id bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'version', 1,
    'reference', v.reference,
    'received_at', private.utc_instant(v.received_at),
    'age_band', v.age_band,
    'language', v.language,
    'first_name', v.first_name,
    'contact_method', v.contact_method,
    'email', v.email,
    'phone', v.phone,
    'consent', true
  ))
  from private.panel_volunteers v
  where v.id = panel_document.volunteer_id
$$;

-- ===========================================================================
-- triggers
-- ===========================================================================

create function private.record_adult_feedback_statistics() returns trigger
language plpgsql volatile set search_path = ''
as $$
begin
  insert into private.adult_feedback_statistics (received_month, respondent, ease, knew_next, satisfaction)
  values (private.service_month(new.received_at), new.respondent, new.ease, new.knew_next, new.satisfaction);
  return null;
end $$;

create trigger adult_feedback_statistics_on_submit
after insert on private.adult_feedback
for each row when (not new.held) execute function private.record_adult_feedback_statistics();

-- Sent during a flood: counted once a person keeps it or acknowledges it as real.
create trigger adult_feedback_statistics_on_keep
after update of held, acknowledged_at on private.adult_feedback
for each row when ((old.held and not new.held) or (new.held and old.acknowledged_at is null and new.acknowledged_at is not null))
execute function private.record_adult_feedback_statistics();

-- ===========================================================================
-- functions
-- ===========================================================================

create function public.submit_adult_feedback(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  screened jsonb := private.screen('adult_feedback', 'private.adult_feedback', payload);
  a jsonb := payload -> 'answers';
begin
  if not screened ? 'held' then return screened; end if;
  insert into private.adult_feedback (reference, idempotency_key, payload_hash, respondent, language, ease, knew_next,
                                      satisfaction, comment, linked_case_id, held)
  values (private.new_reference('private.adult_feedback'), (payload ->> 'idempotency_key')::uuid, private.payload_hash(payload),
          payload ->> 'respondent', payload ->> 'language',
          a ->> 'ease', a ->> 'knew_next', (a ->> 'satisfaction')::numeric::smallint, a ->> 'comment',
          private.redeem_feedback_token(payload ->> 'token'), (screened ->> 'held')::boolean)
  on conflict (idempotency_key) do nothing;
  return private.stored_reference('private.adult_feedback', payload);
end $$;

create function public.submit_panel_volunteer(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  screened jsonb := private.screen('panel', 'private.panel_volunteers', payload);
begin
  if not screened ? 'held' then return screened; end if;
  insert into private.panel_volunteers (reference, idempotency_key, payload_hash, age_band, language, first_name,
                                        contact_method, email, phone, held)
  values (private.new_reference('private.panel_volunteers'), (payload ->> 'idempotency_key')::uuid, private.payload_hash(payload),
          payload ->> 'age_band', payload ->> 'language',
          payload ->> 'first_name', payload ->> 'contact_method', payload ->> 'email', payload ->> 'phone',
          (screened ->> 'held')::boolean)
  on conflict (idempotency_key) do nothing;
  return private.stored_reference('private.panel_volunteers', payload);
end $$;

create function public.claim_adult_feedback(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('adult_feedback', max_count, claimant) $$;

create function public.acknowledge_adult_feedback(reference text, case_id text, claimant text default null) returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.acknowledge('adult_feedback', reference, case_id, claimant) $$;

create function public.release_expired_adult_feedback_claims() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.release_expired('adult_feedback') $$;

create function public.purge_acknowledged_adult_feedback() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.purge_acknowledged('adult_feedback') $$;

create function public.list_overdue_adult_feedback() returns jsonb
language sql stable security definer set search_path = ''
as $$ select private.overdue('adult_feedback') $$;

create function public.claim_panel(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('panel', max_count, claimant) $$;

create function public.acknowledge_panel(reference text, case_id text, claimant text default null) returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.acknowledge('panel', reference, case_id, claimant) $$;

create function public.release_expired_panel_claims() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.release_expired('panel') $$;

create function public.purge_acknowledged_panel() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.purge_acknowledged('panel') $$;

create function public.list_overdue_panel() returns jsonb
language sql stable security definer set search_path = ''
as $$ select private.overdue('panel') $$;

-- ===========================================================================
-- policies
-- ===========================================================================

alter table private.adult_feedback enable row level security;
alter table private.adult_feedback_statistics enable row level security;
alter table private.panel_volunteers enable row level security;
revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;

revoke execute on function public.submit_adult_feedback(jsonb), public.submit_panel_volunteer(jsonb)
from public, anon, authenticated, service_role;
grant execute on function public.submit_adult_feedback(jsonb), public.submit_panel_volunteer(jsonb) to anon;

revoke execute on function
  public.claim_adult_feedback(integer, text), public.acknowledge_adult_feedback(text, text, text),
  public.release_expired_adult_feedback_claims(), public.purge_acknowledged_adult_feedback(), public.list_overdue_adult_feedback(),
  public.claim_panel(integer, text), public.acknowledge_panel(text, text, text),
  public.release_expired_panel_claims(), public.purge_acknowledged_panel(), public.list_overdue_panel()
from public, anon, authenticated;

grant execute on function
  public.claim_adult_feedback(integer, text), public.acknowledge_adult_feedback(text, text, text),
  public.release_expired_adult_feedback_claims(), public.purge_acknowledged_adult_feedback(), public.list_overdue_adult_feedback(),
  public.claim_panel(integer, text), public.acknowledge_panel(text, text, text),
  public.release_expired_panel_claims(), public.purge_acknowledged_panel(), public.list_overdue_panel()
to service_role;
