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

-- Held referrals (private.admit) are a queue of their own in the referrals table.
create function private.queue_table(kind text) returns text
language sql immutable set search_path = ''
as $$ select case kind when 'referral' then 'private.referrals' when 'held_referral' then 'private.referrals'
                       when 'feedback' then 'private.feedback' when 'adult_feedback' then 'private.adult_feedback'
                       when 'panel' then 'private.panel_volunteers' end $$;

create function private.queue_filter(kind text) returns text
language sql immutable set search_path = ''
as $$ select case kind when 'referral' then 'not held' when 'held_referral' then 'held' else 'true' end $$;

-- Whether a row of the queue is urgent, as SQL over its columns, and the order the
-- queue is served in: referrals carry their derived priority, urgent first;
-- feedback and panel volunteers are never urgent. Then oldest first.
create function private.queue_urgent(kind text) returns text
language sql immutable set search_path = ''
as $$ select case when kind in ('referral', 'held_referral') then 'urgent' else 'false' end $$;

create function private.queue_order(kind text) returns text
language sql immutable set search_path = ''
as $$ select case when kind in ('referral', 'held_referral') then 'urgent desc, received_at, id' else 'received_at, id' end $$;

-- The function that turns one row of the queue into the case system's document.
create function private.queue_document(kind text) returns text
language sql immutable set search_path = ''
as $$ select case kind when 'feedback' then 'private.feedback_document' when 'adult_feedback' then 'private.adult_feedback_document'
                       when 'panel' then 'private.panel_document' else 'private.referral_document' end $$;

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
  delete from private.rate_limits where window_start < now() - interval '1 day';
  perform private.purge_monitoring_receipts();
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
-- the rest after `overdue_after`; urgent ones are listed first.
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
      'hours_waiting', floor(extract(epoch from now() - received_at) / 3600)::integer
    )) order by %4$s), '[]')
    from %1$s
    where acknowledged_at is null and %5$s and received_at <= now() - case when %2$s
      then (select s.urgent_overdue_after from private.settings s)
      else (select s.overdue_after from private.settings s) end $q$,
    private.queue_table(kind), private.queue_urgent(kind), kind, private.queue_order(kind), private.queue_filter(kind))
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

-- Held referrals (private.admit): sent during a flood, so some may be junk. The
-- same documents as claim_referrals, for someone to look at before they become
-- cases: acknowledge a real one as usual; discard junk, which leaves no trace in
-- the statistics.
create function public.claim_held_referrals(max_count integer default 10, claimant text default 'case-system') returns jsonb
language sql volatile security definer set search_path = ''
as $$ select private.claim_batch('held_referral', max_count, claimant) $$;

-- Like an acknowledgement: a person (claimant null) may discard any claimed held
-- referral; a program only one its own claim still holds.
create function public.discard_held_referral(reference text, claimant text default null) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  gone text;
begin
  if claimant is not null then perform private.require_label(claimant, 'claimant', 100); end if;
  delete from private.referrals r
  where r.reference = discard_held_referral.reference and r.held and r.acknowledged_at is null and r.claimed_at is not null
    and (claimant is null or (r.claimed_by = claimant and r.claim_expires_at > now()))
  returning r.reference into gone;
  if gone is null then perform private.raise_error(409, 'not_claimed'); end if;
  perform private.audit('discard', 'held_referral', array[gone]);
  return jsonb_build_object('reference', gone, 'discarded', true);
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
  public.claim_held_referrals(integer, text), public.discard_held_referral(text, text),
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
from public, anon, authenticated;

grant execute on function
  public.claim_referrals(integer, text), public.acknowledge_referral(text, text, text), public.release_expired_referral_claims(),
  public.purge_acknowledged_referrals(), public.list_overdue_referrals(),
  public.claim_held_referrals(integer, text), public.discard_held_referral(text, text),
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
to service_role;
