-- Equality monitoring (Equality Act 2010 s149): the optional answers about a young
-- person's gender, ethnic group, disability, religion and (16-17 only) sexual
-- orientation, sent on their own after a referral or a survey. They are kept so
-- the commissioner can see who reaches the service, never so anyone can be
-- described: each answer is its own row, with only the month, the kind of form,
-- who answered and the age band beside it, so no two characteristics of one person
-- are ever stored together and nothing points back at a referral, a survey or a
-- case. Nothing goes to the case system.
--
-- Not even the database's owner, or a copy of it, can join an answer to the
-- referral or survey it followed: a row written by the submission would carry that
-- transaction's id (xmin), a few more than the referral's, and sit next in order.
-- So a submission's answers wait in private.monitoring_staging, and are folded
-- into monitoring_statistics, in a shuffled order, by the scheduled intake (never
-- by a submission), once answers of at least settings.monitoring_fold_batch
-- submissions wait: every counted row then carries the fold's transaction id, and
-- its place says nothing of when it came. What still waits can be grouped and
-- linked until the next fold: supabase/SECURITY.md says so.
--
-- Replays need a memory of the key, so a receipt is kept for two days: a salted
-- hash of the key (never the key, so it cannot be matched with anything the sender
-- also sent elsewhere) and a hash of the payload bound to that key (so the answers
-- cannot be recovered by trying every combination). The receipt holds no answer.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.monitoring_statistics (
  id uuid default gen_random_uuid() primary key,
  received_month date not null check (extract(day from received_month) = 1),
  context private.monitoring_contexts not null,
  respondent private.monitoring_respondents not null,
  age_band private.age_bands not null,
  question text not null check (question in ('gender', 'ethnic_group', 'disability', 'religion', 'sexual_orientation')),
  answer text not null,
  -- Sent past a rate limit with a solved challenge (private.admit): perhaps a flood.
  -- Kept, never counted, since nobody can look at anonymous answers to tell.
  held boolean not null default false,
  check (question <> 'sexual_orientation' or age_band = '16-17'),
  check (respondent <> 'young_person' or age_band <> '5-10')
);
create index monitoring_statistics_received_month on private.monitoring_statistics (received_month);

-- Answers waiting to be folded into monitoring_statistics. `submission` tells how
-- many submissions wait (a fold needs monitoring_fold_batch of them) and goes with
-- the fold; nothing else here is kept.
create table private.monitoring_staging (
  submission uuid not null,
  received_month date not null check (extract(day from received_month) = 1),
  context private.monitoring_contexts not null,
  respondent private.monitoring_respondents not null,
  age_band private.age_bands not null,
  question text not null check (question in ('gender', 'ethnic_group', 'disability', 'religion', 'sexual_orientation')),
  answer text not null,
  held boolean not null,
  check (question <> 'sexual_orientation' or age_band = '16-17'),
  check (respondent <> 'young_person' or age_band <> '5-10')
);

create table private.monitoring_receipts (
  idempotency_key uuid primary key,
  payload_hash bytea not null,
  received_on date not null default (now() at time zone 'utc')::date
);

-- ===========================================================================
-- helpers
-- ===========================================================================

-- The closed list of each question (the domains generated from choices.ts): a value
-- outside it fails the domain's own check, so the table and the schema never differ.
create function private.monitoring_answer_allowed(question text, answer text) returns boolean
language sql stable set search_path = ''
as $$
  select case question
    when 'gender' then answer::private.genders is not null
    when 'ethnic_group' then answer::private.ethnic_groups is not null
    when 'disability' then answer::private.disability_answers is not null
    when 'religion' then answer::private.religions is not null
    when 'sexual_orientation' then answer::private.sexual_orientations is not null
    else false
  end
$$;

alter table private.monitoring_statistics
  add constraint monitoring_statistics_answer check (private.monitoring_answer_allowed(question, answer));
alter table private.monitoring_staging
  add constraint monitoring_staging_answer check (private.monitoring_answer_allowed(question, answer));

-- monitoringSchema's rules: sexual orientation only about 16-17 year olds; a child
-- of 5-10 never answers for themselves; at least one answer.
create function private.monitoring_rules(p jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(p -> 'answers') = 'object' and p -> 'answers' ? 'sexual_orientation'
                   and p ->> 'age_band' in ('5-10', '11-15')
              then private.field_error('answers.sexual_orientation', 'invalid') else '[]' end
      || case when p ->> 'age_band' = '5-10' and p ->> 'respondent' = 'young_person'
              then private.field_error('respondent', 'invalid') else '[]' end
      || case when jsonb_typeof(p -> 'answers') = 'object'
                   and not p -> 'answers' ?| array['gender', 'ethnic_group', 'disability', 'religion', 'sexual_orientation']
              then private.field_error('answers', 'required') else '[]' end
$$;

create function private.monitoring_errors(p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
begin
  if jsonb_typeof(p) is distinct from 'object' then return private.field_error('', 'invalid'); end if;
  return private.monitoring_fields(p) || private.monitoring_rules(p);
end $$;

-- The receipt's key: a salted hash shaped as a uuid, so even a key the sender
-- reused by mistake matches nothing in any other table.
create function private.monitoring_receipt_key(key text) returns uuid
language sql stable set search_path = ''
as $$ select md5(s.ip_salt || convert_to('monitoring:' || key, 'UTF8'))::uuid from private.settings s $$;

-- The payload bound to its key: without the key (which is not kept) there is no
-- trying each combination of answers until one hashes the same.
create function private.monitoring_payload_hash(payload jsonb) returns bytea
language sql immutable set search_path = ''
as $$ select sha256(convert_to((payload ->> 'idempotency_key') || '|' || (payload - 'idempotency_key')::text, 'UTF8')) $$;

-- Receipts are only for replays, which come within minutes; called by the purge
-- (private.purge_acknowledged) with the rest of its housekeeping.
create function private.purge_monitoring_receipts() returns void
language sql volatile set search_path = ''
as $$ delete from private.monitoring_receipts where received_on < (now() at time zone 'utc')::date - 2 $$;

-- Folds what waits into the counts, in one transaction of the scheduled intake's
-- (private.release_expired, private.purge_acknowledged), in a shuffled order, once
-- answers of monitoring_fold_batch submissions or more wait; otherwise nothing.
create function private.fold_monitoring() returns integer
language plpgsql volatile set search_path = ''
as $$
declare
  folded integer;
begin
  if (select count(distinct m.submission) from private.monitoring_staging m)
     < (select s.monitoring_fold_batch from private.settings s) then
    return 0;
  end if;
  with moved as (delete from private.monitoring_staging returning *)
  insert into private.monitoring_statistics (received_month, context, respondent, age_band, question, answer, held)
  select m.received_month, m.context, m.respondent, m.age_band, m.question, m.answer, m.held
  from moved m order by random();
  get diagnostics folded = row_count;
  return folded;
end $$;

-- ===========================================================================
-- functions
-- ===========================================================================

create function public.submit_monitoring(payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  problem jsonb := private.payload_problem(payload, 'monitoring');
  received constant jsonb := jsonb_build_object('received', true);
  errs jsonb;
  receipt uuid;
  found_hash bytea;
  verdict text;
  submission uuid := gen_random_uuid();
  question text;
begin
  if problem is not null then
    return private.refuse('monitoring', (problem ->> 'status')::integer, problem ->> 'code', problem -> 'details');
  end if;
  errs := private.first_errors(private.monitoring_errors(payload));
  if errs <> '[]' then return private.refuse('monitoring', 400, 'invalid_payload', errs); end if;
  receipt := private.monitoring_receipt_key(payload ->> 'idempotency_key');
  select r.payload_hash into found_hash from private.monitoring_receipts r where r.idempotency_key = receipt;
  if found_hash is not null then
    -- The same answers again: a retry. Other answers under a key already used: never
    -- a form (one key per set of answers), so counted against the sender like junk,
    -- and answered as a first send is, so nobody learns which keys were used.
    if found_hash <> private.monitoring_payload_hash(payload) then perform private.count_sender('monitoring'); end if;
    return received;
  end if;
  verdict := private.admit('monitoring', payload);
  if verdict = 'decoy' then return received; end if;
  insert into private.monitoring_receipts (idempotency_key, payload_hash)
  values (receipt, private.monitoring_payload_hash(payload))
  on conflict (idempotency_key) do nothing;
  -- A concurrent send of the same key got there first: answer as a replay would.
  if not found then return received; end if;
  for question in select jsonb_object_keys(payload -> 'answers') loop
    insert into private.monitoring_staging (submission, received_month, context, respondent, age_band, question, answer, held)
    values (submission, private.service_month(now()), payload ->> 'context', payload ->> 'respondent', payload ->> 'age_band',
            question, payload -> 'answers' ->> question, verdict = 'held');
  end loop;
  return received;
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

alter table private.monitoring_statistics enable row level security;
alter table private.monitoring_receipts enable row level security;
alter table private.monitoring_staging enable row level security;
revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;

revoke execute on function public.submit_monitoring(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.submit_monitoring(jsonb) to anon;
