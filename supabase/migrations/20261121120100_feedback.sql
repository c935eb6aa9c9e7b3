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
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  check (acknowledged_at is null or case_id is not null)
);
create index feedback_unclaimed on private.feedback (received_at) where claimed_at is null;

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

-- After a payload's field checks pass: the earlier reference for a replay (409
-- for the same key with other answers), the rate limit, then a honeypot's decoy.
-- Null when the submission is new and is to be stored. Every survey shares it.
create function private.before_store(form text, payload jsonb, found_ref text, found_hash bytea) returns jsonb
language plpgsql volatile set search_path = ''
as $$
begin
  if found_ref is not null then
    return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
  end if;
  perform private.take_rate_limit(form);
  if private.is_honeypot(payload) then
    return jsonb_build_object('reference', private.decoy_reference(payload ->> 'idempotency_key'));
  end if;
  return null;
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
  problem jsonb := private.payload_problem(payload, 'feedback');
  errs jsonb;
  early jsonb;
  a jsonb := payload -> 'answers';
  ref text;
  found_ref text;
  found_hash bytea;
begin
  if problem is not null then
    return private.refuse('feedback', (problem ->> 'status')::integer, problem ->> 'code', problem -> 'details');
  end if;
  errs := private.first_errors(private.feedback_errors(payload));
  if errs <> '[]' then return private.refuse('feedback', 400, 'invalid_payload', errs); end if;
  select f.reference, f.payload_hash into found_ref, found_hash
  from private.feedback f where f.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  early := private.before_store('feedback', payload, found_ref, found_hash);
  if early is not null then return early; end if;
  loop
    ref := private.reference_from(private.random_bytes());
    exit when not exists (select 1 from private.feedback f where f.reference = ref);
  end loop;
  insert into private.feedback (reference, idempotency_key, payload_hash, age_band, language, informed, wellbeing, safe, everyday,
                                satisfaction, listened_to, recommend, comment, linked_case_id)
  values (ref, (payload ->> 'idempotency_key')::uuid, private.payload_hash(payload), payload ->> 'age_band', payload ->> 'language',
          a ->> 'informed', a ->> 'wellbeing', a ->> 'safe', a ->> 'everyday', (a ->> 'satisfaction')::numeric::smallint, a ->> 'listened_to',
          a ->> 'recommend', a ->> 'comment', private.redeem_feedback_token(payload ->> 'token'))
  on conflict (idempotency_key) do nothing;
  select f.reference, f.payload_hash into found_ref, found_hash
  from private.feedback f where f.idempotency_key = (payload ->> 'idempotency_key')::uuid;
  return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
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
