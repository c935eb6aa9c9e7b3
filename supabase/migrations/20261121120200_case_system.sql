-- The hand-over to the case system, written once for every kind of submission:
-- claim a batch, acknowledge with the case system's own id (when the claimant is
-- named, only while its own claim holds), release claims that timed out, purge
-- what was acknowledged long enough ago, list what is overdue. Every step is
-- logged without personal data.
--
-- The case system's API, callable with the service key only. Thin wrappers, so
-- each has its own name, arguments and grant in the REST API. An acknowledgement
-- that names its `claimant` (as `npm run intake -- pull` does, with one claimant
-- per run) succeeds only while that claimant's own claim holds; without one (a
-- person's `ack`) any claimed row may be acknowledged.

-- ===========================================================================
-- helpers
-- ===========================================================================

-- Each form's submissions are one table; those held during a flood (private.admit)
-- are a queue of their own in it, named `held_<form>`.
create function private.queue_form(kind text) returns text
language sql immutable set search_path = ''
as $$ select regexp_replace(kind, '^held_', '') $$;

create function private.queue_table(kind text) returns text
language sql immutable set search_path = ''
as $$ select case private.queue_form(kind) when 'referral' then 'private.referrals' when 'feedback' then 'private.feedback'
                  when 'adult_feedback' then 'private.adult_feedback' when 'panel' then 'private.panel_volunteers' end $$;

create function private.queue_filter(kind text) returns text
language sql immutable set search_path = ''
as $$ select case when kind like 'held\_%' then 'held' else 'not held' end $$;

-- Whether a row of the queue is urgent, as SQL over its columns, and the order the
-- queue is served in: referrals carry their derived priority, urgent first;
-- feedback and panel volunteers are never urgent. Then oldest first.
create function private.queue_urgent(kind text) returns text
language sql immutable set search_path = ''
as $$ select case when private.queue_form(kind) = 'referral' then 'urgent' else 'false' end $$;

create function private.queue_order(kind text) returns text
language sql immutable set search_path = ''
as $$ select case when private.queue_form(kind) = 'referral' then 'urgent desc, received_at, id' else 'received_at, id' end $$;

-- The function that turns one row of the queue into the case system's document.
create function private.queue_document(kind text) returns text
language sql immutable set search_path = ''
as $$ select case private.queue_form(kind) when 'feedback' then 'private.feedback_document'
                  when 'adult_feedback' then 'private.adult_feedback_document'
                  when 'panel' then 'private.panel_document' else 'private.referral_document' end $$;

-- A form that can be held, or 400.
create function private.held_form(form text) returns text
language plpgsql immutable set search_path = ''
as $$
begin
  if form is null or form not in ('referral', 'feedback', 'adult_feedback', 'panel') then
    perform private.raise_error(400, 'invalid_argument', private.field_error('form', 'invalid_choice'));
  end if;
  return form;
end $$;

-- What makes two held submissions copies: everything they said except who they
-- are, how to reach them and when they came, in lower case with runs of spaces
-- closed up and every digit as #, so "Test 1" and "test  2" are copies. A flood is
-- mostly copies, a person a single one; 12 hex characters name the group.
create function private.copy_key(form text, row_id bigint) returns text
language plpgsql stable set search_path = ''
as $$
declare
  said jsonb;
  meta constant text[] := array['id', 'reference', 'idempotency_key', 'payload_hash', 'received_at', 'claimed_at',
    'claim_expires_at', 'claimed_by', 'acknowledged_at', 'case_id', 'statistics_id', 'held', 'urgent', 'linked_case_id'];
begin
  if form = 'referral' then
    select (to_jsonb(r) - meta) || jsonb_build_object(
             'contact', (select to_jsonb(c) - array['referral_id', 'phone', 'email'] from private.contact_preferences c where c.referral_id = r.id),
             'people', (select jsonb_agg(jsonb_build_object('role', p.role, 'county', p.county, 'age', p.age,
                                                              'organisation_type', p.organisation_type) order by p.role)
                        from private.referral_people p where p.referral_id = r.id))
    into said from private.referrals r where r.id = row_id;
  elsif form = 'panel' then
    -- A name is all a panel offer says; its contact details stay out.
    select to_jsonb(v) - meta - array['email', 'phone'] into said from private.panel_volunteers v where v.id = row_id;
  else
    execute format('select to_jsonb(t) - $2 from %s t where t.id = $1', private.queue_table(form)) into said using row_id, meta;
  end if;
  return left(encode(sha256(convert_to(
    regexp_replace(regexp_replace(lower(said::text), '\s+', ' ', 'g'), '[0-9]', '#', 'g'), 'UTF8')), 'hex'), 12);
end $$;

create function private.require_label(value text, path text, max integer) returns void
language plpgsql volatile set search_path = ''
as $$
begin
  if value is null or private.is_blank(value) then
    perform private.raise_error(400, 'invalid_argument', private.field_error(path, 'required'));
  elsif length(value) > max then
    perform private.raise_error(400, 'invalid_argument', private.field_error(path, 'too_long'));
  end if;
end $$;

-- `skip locked`: two case-system workers claiming at once get disjoint batches.
-- Urgent referrals are claimed, and handed over, before routine ones; then oldest first.
create function private.claim_batch(kind text, max_count integer, claimant text) returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  ids bigint[];
  refs text[];
  docs jsonb;
begin
  if max_count is null or max_count not between 1 and 100 then
    perform private.raise_error(400, 'invalid_argument', private.field_error('max_count', 'out_of_range'));
  end if;
  perform private.require_label(claimant, 'claimant', 100);
  execute format($q$
    with picked as (
      select id from %1$s where claimed_at is null and %4$s order by %3$s limit $1 for update skip locked
    ), claimed as (
      update %1$s t set claimed_at = now(), claim_expires_at = now() + $2, claimed_by = $3
      from picked where t.id = picked.id
      returning t.id, t.reference, t.received_at, %2$s as urgent
    )
    select array_agg(id order by urgent desc, received_at, id), array_agg(reference order by urgent desc, received_at, id)
    from claimed $q$,
    private.queue_table(kind), private.queue_urgent(kind), private.queue_order(kind), private.queue_filter(kind))
  into ids, refs
  using max_count, (select s.claim_timeout from private.settings s), claimant;
  if ids is null then return '[]'; end if;
  execute format('select jsonb_agg(%s(i) order by o) from unnest($1) with ordinality u(i, o)',
                 private.queue_document(kind))
  into docs using ids;
  perform private.audit('claim', kind, refs);
  return docs;
end $$;

-- `claimant` null: a person acknowledging by hand (`npm run intake -- ack`), who
-- may acknowledge any claimed row. Given: a run acknowledging what it claimed
-- itself, allowed only while its own claim holds. A slow run whose claim expired
-- and was handed to another run is refused (409 `not_claimed`), so the row stays
-- the other run's and is acknowledged by the run that holds it.
create function private.acknowledge(kind text, ref text, case_id text, claimant text) returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  rid bigint;
  claimed timestamptz;
  expires timestamptz;
  holder text;
  acked timestamptz;
  existing text;
begin
  perform private.require_label(case_id, 'case_id', 200);
  if claimant is not null then perform private.require_label(claimant, 'claimant', 100); end if;
  execute format('select id, claimed_at, claim_expires_at, claimed_by, acknowledged_at, case_id from %s where reference = $1 for update',
                 private.queue_table(kind))
  into rid, claimed, expires, holder, acked, existing using ref;
  if rid is null then perform private.raise_error(404, 'not_found'); end if;
  if claimant is not null and holder is distinct from claimant then perform private.raise_error(409, 'not_claimed'); end if;
  if acked is not null then
    -- Acknowledging twice with the same id is a harmless retry.
    if existing is distinct from case_id then perform private.raise_error(409, 'already_acknowledged'); end if;
    return jsonb_build_object('reference', ref, 'acknowledged_at', private.utc_instant(acked));
  end if;
  if claimed is null or (claimant is not null and expires <= now()) then perform private.raise_error(409, 'not_claimed'); end if;
  execute format('update %s set acknowledged_at = now(), case_id = $2 where id = $1', private.queue_table(kind)) using rid, case_id;
  perform private.audit('acknowledge', kind, array[ref]);
  return jsonb_build_object('reference', ref, 'acknowledged_at', private.utc_instant(now()));
end $$;

create function private.release_expired(kind text) returns integer
language plpgsql volatile set search_path = ''
as $$
declare
  refs text[];
begin
  -- Every scheduled pull starts here: equality answers waiting to be folded into the
  -- counts are folded now, apart from any submission (*_equality_monitoring.sql).
  perform private.fold_monitoring();
  execute format($q$
    with released as (
      update %s set claimed_at = null, claim_expires_at = null, claimed_by = null
      where acknowledged_at is null and claim_expires_at <= now()
      returning reference
    ) select array_agg(reference order by reference) from released $q$, private.queue_table(kind))
  into refs;
  if refs is not null then perform private.audit('release', kind, refs); end if;
  return coalesce(cardinality(refs), 0);
end $$;

create function private.purge_acknowledged(kind text) returns integer
language plpgsql volatile set search_path = ''
as $$
declare
  refs text[];
begin
  execute format($q$
    with purged as (
      delete from %s where acknowledged_at <= now() - $1
      returning reference
    ) select array_agg(reference order by reference) from purged $q$, private.queue_table(kind))
  into refs
  -- Panel volunteers' names and contact details have a retention of their own.
  using (select case kind when 'panel' then s.panel_retention else s.retention end from private.settings s);
  -- Housekeeping that needs no schedule of its own: old rate-limit windows,
  -- equality monitoring's replay receipts and tokens that can no longer be used go
  -- with the purge.
  -- A window's count from everyone says whether its hour was a surge, which a held
  -- referral's document states when it is claimed, perhaps days later: those counts
  -- (no sender in them) are kept for a week and a day.
  delete from private.rate_limits
  where window_start < now() - interval '1 day' and (bucket like '%:ip:%' or window_start < now() - interval '8 days');
  perform private.purge_monitoring_receipts();
  perform private.fold_monitoring();
  if kind in ('feedback', 'adult_feedback') then
    delete from private.feedback_tokens t
    where t.issued_at < now() - (select s.token_lifetime from private.settings s)
       or t.used_at < now() - (select s.retention from private.settings s);
  end if;
  perform private.audit('purge', kind, coalesce(refs, '{}'));
  return coalesce(cardinality(refs), 0);
end $$;

-- References, ages and states only: enough to chase, nothing about anyone.
-- Urgent referrals are overdue after `urgent_overdue_after` (4 hours by default),
-- the rest after `overdue_after`; urgent ones are listed first. Held ones are
-- listed against the same limits, marked `held`: in nobody's queue until a person
-- keeps them, they must not wait unseen.
create function private.overdue(kind text) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  result jsonb;
begin
  execute format($q$
    select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
      'reference', reference,
      'received_at', private.utc_instant(received_at),
      'priority', case when %3$L = 'referral' then case when %2$s then 'urgent' else 'routine' end end,
      'state', case when claimed_at is null then 'unclaimed' when claim_expires_at <= now() then 'claim_expired' else 'claimed' end,
      'held', case when held then true end,
      'hours_waiting', floor(extract(epoch from now() - received_at) / 3600)::integer
    )) order by %4$s), '[]')
    from %1$s
    where acknowledged_at is null and received_at <= now() - case when %2$s
      then (select s.urgent_overdue_after from private.settings s)
      else (select s.overdue_after from private.settings s) end $q$,
    private.queue_table(kind), private.queue_urgent(kind), kind, private.queue_order(kind))
  into result;
  return result;
end $$;

-- ===========================================================================
-- functions
-- ===========================================================================

create function public.claim_referrals(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('referral', max_count, claimant) $$;

create function public.acknowledge_referral(reference text, case_id text, claimant text default null) returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.acknowledge('referral', reference, case_id, claimant) $$;

create function public.release_expired_referral_claims() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.release_expired('referral') $$;

create function public.purge_acknowledged_referrals() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.purge_acknowledged('referral') $$;

create function public.list_overdue_referrals() returns jsonb
language sql stable security definer set search_path = ''
as $$ select private.overdue('referral') $$;

-- Held submissions (private.admit): sent during a flood, so some may be junk, and in
-- nobody's queue until a person looks. `form` is referral, feedback, adult_feedback
-- or panel. Claimed apart as the same documents (`npm run intake -- pull --held`);
-- a real one is acknowledged as usual or kept (it joins the queue and is counted);
-- junk is discarded and leaves no trace in the statistics. Floods are mostly
-- copies, so held submissions are grouped (public.held_groups) and a group can be
-- discarded or kept at once.
create function public.claim_held(form text, max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('held_' || private.held_form(form), max_count, claimant) $$;

create function public.claim_held_referrals(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('held_referral', max_count, claimant) $$;

-- Like an acknowledgement: a person (claimant null) may discard any claimed held
-- submission; a program only one its own claim still holds.
create function public.discard_held(form text, reference text, claimant text default null) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  gone text;
begin
  if claimant is not null then perform private.require_label(claimant, 'claimant', 100); end if;
  execute format($q$
    delete from %s t
    where t.reference = $1 and t.held and t.acknowledged_at is null and t.claimed_at is not null
      and ($2 is null or (t.claimed_by = $2 and t.claim_expires_at > now()))
    returning t.reference $q$, private.queue_table(private.held_form(form)))
  into gone using reference, claimant;
  if gone is null then perform private.raise_error(409, 'not_claimed'); end if;
  perform private.audit('discard', 'held_' || form, array[gone]);
  return jsonb_build_object('reference', gone, 'discarded', true);
end $$;

create function public.discard_held_referral(reference text, claimant text default null) returns jsonb
language sql volatile security definer set search_path = ''
as $$ select public.discard_held('referral', reference, claimant) $$;

-- How much is held and for how long, for every scheduled intake command to warn
-- with: {"referral": {"held", "urgent", "oldest_at", "waiting_minutes", "alert"}, …},
-- only the forms with something held. `alert`: one has waited past
-- held_alert_after, or an urgent referral past urgent_held_alert_after.
create function public.held_summary() returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  s private.settings;
  result jsonb := '{}';
  form text;
  counted record;
begin
  select * into strict s from private.settings;
  foreach form in array array['referral', 'feedback', 'adult_feedback', 'panel'] loop
    execute format($q$
      select count(*)::integer as held, count(*) filter (where %2$s)::integer as urgent, min(received_at) as oldest,
             coalesce(bool_or(received_at <= now() - case when %2$s then $1 else $2 end), false) as alert
      from %1$s where held and acknowledged_at is null $q$, private.queue_table(form), private.queue_urgent(form))
    into counted using s.urgent_held_alert_after, s.held_alert_after;
    if counted.held > 0 then
      result := result || jsonb_build_object(form, jsonb_build_object(
        'held', counted.held, 'urgent', counted.urgent, 'oldest_at', private.utc_instant(counted.oldest),
        'waiting_minutes', floor(extract(epoch from now() - counted.oldest) / 60)::integer, 'alert', counted.alert));
    end if;
  end loop;
  return result;
end $$;

-- The held submissions of a form in groups of copies, urgent referrals that are
-- no copy first, then the rest that are no copy, then groups, biggest first. Each
-- group: its key, how many, whether any is urgent, the oldest's arrival and up to
-- five references. References and counts only.
create function public.held_groups(form text) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  result jsonb;
begin
  execute format($q$
    with held as (
      select reference, received_at, %2$s as urgent, private.copy_key(%3$L, id) as copy_key
      from %1$s where held and acknowledged_at is null
    ), groups as (
      select copy_key, count(*)::integer as copies, bool_or(urgent) as urgent, min(received_at) as oldest,
             (array_agg(reference order by received_at, reference))[1:5] as sample
      from held group by copy_key
    )
    select coalesce(jsonb_agg(jsonb_build_object('group', copy_key, 'copies', copies, 'urgent', urgent,
                                                 'oldest_at', private.utc_instant(oldest), 'references', to_jsonb(sample))
                              order by (copies = 1 and urgent) desc, (copies = 1) desc, urgent desc, copies desc, oldest, copy_key), '[]')
    from groups $q$,
    private.queue_table(private.held_form(form)), private.queue_urgent(form), form)
  into result;
  return result;
end $$;

-- A person's decision on a whole group, or one held submission (`reference`
-- instead of `group_key`): 'discard' deletes it (never counted), 'keep' moves it
-- into the case workers' queue as a real one (counted, claimed by the usual pull).
-- The number of submissions it touched.
create function public.decide_held(form text, decision text, group_key text default null, reference text default null) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  refs text[];
begin
  if decision is null or decision not in ('discard', 'keep') then
    perform private.raise_error(400, 'invalid_argument', private.field_error('decision', 'invalid_choice'));
  end if;
  if (group_key is null) = (reference is null) then
    perform private.raise_error(400, 'invalid_argument', private.field_error('group_key', 'required'));
  end if;
  execute format($q$
    with chosen as (
      select t.id from %1$s t
      where t.held and t.acknowledged_at is null
        and (t.reference = $1 or ($2 is not null and private.copy_key(%2$L, t.id) = $2))
      for update
    ), done as (%3$s)
    select array_agg(reference order by reference) from done $q$,
    private.queue_table(private.held_form(form)), form,
    case decision
      when 'discard' then format('delete from %s t using chosen c where t.id = c.id returning t.reference',
                                 private.queue_table(form))
      else format('update %s t set held = false, claimed_at = null, claim_expires_at = null, claimed_by = null
                   from chosen c where t.id = c.id returning t.reference', private.queue_table(form)) end)
  into refs using reference, group_key;
  if refs is null then perform private.raise_error(404, 'not_found'); end if;
  perform private.audit(decision, 'held_' || form, refs);
  return cardinality(refs);
end $$;

create function public.claim_feedback(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('feedback', max_count, claimant) $$;

create function public.acknowledge_feedback(reference text, case_id text, claimant text default null) returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.acknowledge('feedback', reference, case_id, claimant) $$;

create function public.release_expired_feedback_claims() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.release_expired('feedback') $$;

create function public.purge_acknowledged_feedback() returns integer
language sql volatile security definer set search_path = ''
as $$ select private.purge_acknowledged('feedback') $$;

create function public.list_overdue_feedback() returns jsonb
language sql stable security definer set search_path = ''
as $$ select private.overdue('feedback') $$;

-- A single-use token for the feedback link sent at the end of a case. Only its
-- hash is stored, next to the case system's id: no name, no contact details.
create function public.issue_feedback_token(case_id text) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  bytes bytea := private.random_bytes() || private.random_bytes();
  token text;
begin
  perform private.require_label(case_id, 'case_id', 200);
  select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(bytes, i) % 30 + 1, 1), '' order by i)
  into token from generate_series(0, 23) i;
  insert into private.feedback_tokens (token_hash, case_id) values (sha256(convert_to(token, 'UTF8')), case_id);
  perform private.audit('token_issued', 'feedback', '{}');
  return jsonb_build_object(
    'token', token,
    'expires_at', private.utc_instant(now() + (select s.token_lifetime from private.settings s)));
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

revoke execute on function
  public.claim_referrals(integer, text), public.acknowledge_referral(text, text, text), public.release_expired_referral_claims(),
  public.purge_acknowledged_referrals(), public.list_overdue_referrals(),
  public.claim_held(text, integer, text), public.claim_held_referrals(integer, text), public.discard_held(text, text, text),
  public.discard_held_referral(text, text), public.held_summary(), public.held_groups(text), public.decide_held(text, text, text, text),
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
from public, anon, authenticated;

grant execute on function
  public.claim_referrals(integer, text), public.acknowledge_referral(text, text, text), public.release_expired_referral_claims(),
  public.purge_acknowledged_referrals(), public.list_overdue_referrals(),
  public.claim_held(text, integer, text), public.claim_held_referrals(integer, text), public.discard_held(text, text, text),
  public.discard_held_referral(text, text), public.held_summary(), public.held_groups(text), public.decide_held(text, text, text, text),
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
to service_role;
