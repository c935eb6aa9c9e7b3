-- The private schema and its locked-down defaults, the settings row, rate-limit
-- counters and the audit log, and what every form's submit function shares: the
-- error contract, the client's address, rate limits, reference codes, the
-- idempotency check and the honeypot. Nothing here is reachable over the API.

-- ===========================================================================
-- privileges
-- ===========================================================================

create schema if not exists private;
revoke all on schema private from public;

-- A hosted project grants anon/authenticated everything new in public by default;
-- new objects must start with nothing and be granted one by one.
alter default privileges for role postgres in schema public revoke all on tables from anon, authenticated;
alter default privileges for role postgres in schema public revoke all on sequences from anon, authenticated;
alter default privileges for role postgres in schema public revoke execute on functions from public, anon, authenticated;
alter default privileges for role postgres revoke execute on functions from public;

-- ===========================================================================
-- tables
-- ===========================================================================

-- One row of knobs, so tests and operators can change limits without a migration.
create table private.settings (
  id boolean primary key default true check (id),
  ip_salt bytea not null default decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'),
  -- A school refers a whole class from one network after an incident: 60 an hour
  -- leaves room for two classes; the global ceiling still holds.
  referral_ip_limit integer not null default 60 check (referral_ip_limit > 0),
  feedback_ip_limit integer not null default 20 check (feedback_ip_limit > 0),
  referral_global_limit integer not null default 300 check (referral_global_limit > 0),
  feedback_global_limit integer not null default 300 check (feedback_global_limit > 0),
  rate_window_seconds integer not null default 3600 check (rate_window_seconds between 1 and 86400),
  claim_timeout interval not null default '15 minutes',
  overdue_after interval not null default '24 hours',
  -- An urgent referral (see private.referrals.urgent) is chased much sooner.
  urgent_overdue_after interval not null default '4 hours',
  retention interval not null default '7 days',
  token_lifetime interval not null default '180 days'
);
insert into private.settings default values;

create table private.rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (bucket, window_start)
);

-- What the case system did and when. References and counts only, never a person.
create table private.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  event text not null check (event in ('claim', 'acknowledge', 'release', 'purge', 'token_issued')),
  kind text not null check (kind in ('referral', 'feedback')),
  item_count integer not null check (item_count >= 0),
  refs text[] not null default '{}'
);

-- ===========================================================================
-- helpers
-- ===========================================================================

-- The error contract. PostgREST turns `raise sqlstate 'PGRST'` into exactly this
-- status, these headers and this body: {code, message, details, hint}, where
-- `details` is a JSON string (field errors, or the seconds to wait).
create function private.raise_error(status integer, code text, details jsonb default null, retry_after integer default null)
returns void
language plpgsql volatile set search_path = ''
as $$
begin
  raise sqlstate 'PGRST' using
    message = jsonb_build_object('code', code, 'message', code, 'details', details::text, 'hint', null)::text,
    detail = jsonb_build_object(
      'status', status,
      'headers', case when retry_after is null then '{}'::jsonb else jsonb_build_object('Retry-After', retry_after::text) end
    )::text;
end $$;

-- The address the API gateway saw. Hosted and local gateways both overwrite these
-- headers, so a client cannot choose its own bucket by sending them.
create function private.client_ip() returns text
language sql stable set search_path = ''
as $$
  select coalesce(
    nullif(h ->> 'cf-connecting-ip', ''),
    nullif(h ->> 'x-real-ip', ''),
    nullif(btrim(split_part(h ->> 'x-forwarded-for', ',', 1)), ''),
    'unknown')
  from (select coalesce(nullif(current_setting('request.headers', true), ''), '{}')::jsonb as h) headers
$$;

-- Count one submission in a fixed window, per salted hash of the address (never the
-- address itself; the window is hashed in too, so buckets of different windows
-- cannot be linked to one another) and globally. Over either limit: 429 with the seconds to wait.
-- Raising rolls the count back, so refused calls do not extend a block.
create function private.take_rate_limit(form text) returns void
language plpgsql volatile set search_path = ''
as $$
declare
  s private.settings;
  win_start timestamptz;
  wait integer;
  n_hits integer;
  limits integer[];
  buckets text[];
begin
  select * into strict s from private.settings;
  win_start := to_timestamp(floor(extract(epoch from now()) / s.rate_window_seconds) * s.rate_window_seconds);
  wait := greatest(1, ceil(extract(epoch from win_start + make_interval(secs => s.rate_window_seconds) - now()))::integer);
  buckets := array[
    form || ':ip:' || encode(sha256(s.ip_salt || convert_to(win_start::text || '|' || private.client_ip(), 'UTF8')), 'hex'),
    form || ':global'];
  limits := case form
    when 'referral' then array[s.referral_ip_limit, s.referral_global_limit]
    else array[s.feedback_ip_limit, s.feedback_global_limit] end;
  for i in 1 .. 2 loop
    insert into private.rate_limits as r (bucket, window_start, hits) values (buckets[i], win_start, 1)
    on conflict (bucket, window_start) do update set hits = r.hits + 1
    returning r.hits into n_hits;
    if n_hits > limits[i] then
      perform private.raise_error(429, 'rate_limited', jsonb_build_object('retry_after_seconds', wait), wait);
    end if;
  end loop;
end $$;

-- Eight characters from 2-9 and A-Z without I, L, O, U: nothing to confuse when read
-- aloud or copied by hand. (256 mod 30 leaves a negligible bias.)
create function private.reference_from(bytes bytea) returns text
language sql immutable set search_path = ''
as $$
  select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(bytes, i) % 30 + 1, 1), '' order by i)
    filter (where i < 4) || '-' ||
    string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(bytes, i) % 30 + 1, 1), '' order by i)
    filter (where i >= 4)
  from generate_series(0, 7) i
$$;

create function private.random_bytes() returns bytea
language sql volatile set search_path = ''
as $$ select sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())) $$;

-- A filled honeypot gets a reference that looks real and is stable for its key,
-- so a bot's retries see nothing unusual.
create function private.decoy_reference(key text) returns text
language sql stable set search_path = ''
as $$ select private.reference_from(sha256(convert_to('decoy:' || key, 'UTF8') || s.ip_salt)) from private.settings s $$;

-- The idempotency fingerprint: the whole payload but its key, in jsonb's canonical form.
create function private.payload_hash(payload jsonb) returns bytea
language sql immutable set search_path = ''
as $$ select sha256(convert_to((payload - 'idempotency_key')::text, 'UTF8')) $$;

-- Same key and same payload → the earlier reference; same key, other payload → 409.
create function private.replayed_reference(existing_reference text, existing_hash bytea, payload jsonb) returns text
language plpgsql volatile set search_path = ''
as $$
begin
  if existing_reference is null then return null; end if;
  if existing_hash <> private.payload_hash(payload) then
    perform private.raise_error(409, 'idempotency_conflict');
  end if;
  return existing_reference;
end $$;

create function private.is_honeypot(payload jsonb) returns boolean
language sql immutable set search_path = ''
as $$ select coalesce(payload ->> 'website', '') <> '' $$;

create function private.utc_instant(t timestamptz) returns text
language sql immutable set search_path = ''
as $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

create function private.audit(event text, kind text, refs text[]) returns void
language sql volatile set search_path = ''
as $$
  insert into private.audit_log (actor, event, kind, item_count, refs)
  values (coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role', session_user::text),
          event, kind, coalesce(cardinality(refs), 0), coalesce(refs, '{}'))
$$;

-- ===========================================================================
-- policies
-- ===========================================================================

-- Row-level security on, and deliberately no policy for any role or operation: a
-- role that somehow gained a table grant would still see and change nothing. The
-- owner's security-definer functions are the only way in.
alter table private.settings enable row level security;
alter table private.rate_limits enable row level security;
alter table private.audit_log enable row level security;

revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;
