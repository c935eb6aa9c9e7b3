-- Feedback from young people: where it is kept (and the single-use tokens that
-- link an answer to a case without naming anyone), the rule that spans its
-- fields, how it is submitted, and the document the case system receives. Locked
-- down exactly like referrals.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.feedback (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  age_band private.age_bands not null,
  language private.languages not null,
  informed private.outcome_answers,
  wellbeing private.outcome_answers,
  safe private.outcome_answers,
  everyday private.outcome_answers,
  satisfaction smallint check (satisfaction between 1 and 5),
  listened_to private.listened_to,
  recommend private.recommend_answers,
  comment text check (length(comment) <= 2000),
  linked_case_id text check (length(linked_case_id) <= 200),
  -- Sent past a rate limit with a solved challenge (private.admit): kept apart and
  -- out of the statistics until a person keeps it or acknowledges it.
  held boolean not null default false,
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  check (acknowledged_at is null or case_id is not null)
);
create index feedback_unclaimed on private.feedback (received_at) where claimed_at is null;
create index feedback_held on private.feedback (received_at) where held;

-- Only a hash of each token is kept: a copy of this table cannot be used to post.
create table private.feedback_tokens (
  token_hash bytea primary key,
  case_id text not null check (length(case_id) <= 200),
  issued_at timestamptz not null default now(),
  used_at timestamptz
);

-- Fixed windows per bucket: 'ip:<salted hash>' per form, and one global bucket per form.

-- ===========================================================================
-- helpers
-- ===========================================================================

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

-- Spends a token (once) and names the case it was issued for. A used, expired or
-- unknown token is not an error: the answers are kept, unlinked, and the sender
-- learns nothing about which tokens exist. Shared by every survey that takes one.
create function private.redeem_feedback_token(token text) returns text
language plpgsql volatile set search_path = ''
as $$
declare
  linked text;
begin
  update private.feedback_tokens t set used_at = now()
  where t.token_hash = sha256(convert_to(token, 'UTF8')) and t.used_at is null
    and t.issued_at > now() - (select s.token_lifetime from private.settings s)
  returning t.case_id into linked;
  return linked;
end $$;

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

-- ===========================================================================
-- functions
-- ===========================================================================

create function public.submit_feedback(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  screened jsonb := private.screen('feedback', 'private.feedback', payload);
  a jsonb := payload -> 'answers';
begin
  if not screened ? 'held' then return screened; end if;
  insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language, informed, wellbeing, safe, everyday,
                                satisfaction, listened_to, recommend, comment, linked_case_id, held)
  values (private.new_reference('private.feedback'), (payload ->> 'idempotency_key')::uuid, private.payload_hash(payload),
          payload ->> 'age_band', payload ->> 'language',
          a ->> 'informed', a ->> 'wellbeing', a ->> 'safe', a ->> 'everyday', (a ->> 'satisfaction')::numeric::smallint, a ->> 'listened_to',
          a ->> 'recommend', a ->> 'comment', private.redeem_feedback_token(payload ->> 'token'), (screened ->> 'held')::boolean)
  on conflict (idempotency_key) do nothing;
  return private.stored_reference('private.feedback', payload);
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

alter table private.feedback enable row level security;
alter table private.feedback_tokens enable row level security;
revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;

revoke execute on function public.submit_feedback(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.submit_feedback(jsonb) to anon;
