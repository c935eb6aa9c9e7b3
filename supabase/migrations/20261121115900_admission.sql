-- Admission: what every form's submit function goes through before it stores
-- anything, and what it keeps to decide. The private schema and its locked-down
-- defaults; the settings row (limits, challenge difficulty, periods); rate-limit
-- counters and the audit log; the error contract, the client's address, rate
-- limits and the challenge (private.admit), payload bounds, reference codes,
-- idempotency and the honeypot, and private.screen, which puts a submission through
-- them in order. Nothing here is reachable over the API.

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
  -- Sized to the service (supabase/README.md, floods): about 800 referrals a year,
  -- two or three a day. A school referring several pupils in an hour fits within
  -- one network's 6; past the 10 that reach the case workers' queue in an hour,
  -- whether from a flood or a real surge, the rest are held for a person to look
  -- at (private.admit), so a flood puts at most 10 in front of the case workers.
  referral_ip_limit integer not null default 6 check (referral_ip_limit > 0),
  feedback_ip_limit integer not null default 20 check (feedback_ip_limit > 0),
  referral_global_limit integer not null default 10 check (referral_global_limit > 0),
  feedback_global_limit integer not null default 60 check (feedback_global_limit > 0),
  rate_window_seconds integer not null default 3600 check (rate_window_seconds between 1 and 86400),
  claim_timeout interval not null default '15 minutes',
  overdue_after interval not null default '24 hours',
  -- An urgent referral (see private.referrals.urgent) is chased much sooner.
  urgent_overdue_after interval not null default '4 hours',
  retention interval not null default '7 days',
  -- Young people offering to join the panel leave a name and a way to reach them;
  -- once the case system has them the portal needs neither, so they go sooner.
  panel_retention interval not null default '1 day',
  token_lifetime interval not null default '180 days',
  -- Past a limit, a submission is held apart once its sender's browser has solved
  -- a challenge (see private.admit). One sender may have 30 held an hour per form.
  -- From everyone, held_limit is a bound on storage, not a ceiling a flood can
  -- reach: the work each proof costs rises with the held queue (challenge_step), so
  -- filling it takes far more senders and hashing than a flood has (the arithmetic
  -- is in supabase/README.md, floods).
  held_ip_limit integer not null default 30 check (held_ip_limit > 0),
  held_limit integer not null default 20000 check (held_limit > 0),
  -- 16 bits: about 65,000 hashes, a second or two on an old phone. One more bit
  -- (twice the work) for every doubling of the held queue past challenge_step in
  -- the window, up to challenge_max_bits: 18 bits, a few seconds on an old phone.
  challenge_bits integer not null default 16 check (challenge_bits between 1 and 28),
  challenge_max_bits integer not null default 18 check (challenge_max_bits between 1 and 28),
  challenge_step integer not null default 500 check (challenge_step > 0),
  -- Held submissions are in nobody's queue until a person looks at them: every
  -- scheduled intake command warns while any wait, and exits with its own code
  -- (supabase/intake/README.md) once one has waited this long, an urgent one sooner.
  held_alert_after interval not null default '1 hour',
  urgent_held_alert_after interval not null default '15 minutes',
  -- Equality answers wait apart until this many submissions can be folded into the
  -- counts together, in a shuffled order (*_equality_monitoring.sql).
  monitoring_fold_batch integer not null default 5 check (monitoring_fold_batch > 0),
  challenge_lifetime_seconds integer not null default 900 check (challenge_lifetime_seconds between 60 and 86400),
  challenge_secret bytea not null default decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'),
  check (challenge_max_bits >= challenge_bits)
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
  event text not null check (event in ('claim', 'acknowledge', 'release', 'purge', 'token_issued', 'discard', 'keep')),
  kind text not null check (kind in ('referral', 'feedback', 'adult_feedback', 'panel',
                                     'held_referral', 'held_feedback', 'held_adult_feedback', 'held_panel')),
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

-- The address the edge saw. Hosted Supabase's edge (Cloudflare) sets
-- cf-connecting-ip to the address it was called from and overwrites any value a
-- client sends; the local gateway does the same. No other header is trusted:
-- x-forwarded-for and x-real-ip pass through from whoever wrote them. Without the
-- header (a caller that reached PostgREST some other way) every call shares one
-- bucket, so nobody can choose their own.
create function private.client_ip() returns text
language sql stable set search_path = ''
as $$
  select coalesce(nullif(btrim(h ->> 'cf-connecting-ip'), ''), 'unknown')
  from (select coalesce(nullif(current_setting('request.headers', true), ''), '{}')::jsonb as h) headers
$$;

-- What one sender is counted as: an IPv4 address, or an IPv6 /64, because one home
-- or phone is given a whole /64 and could otherwise count as millions of senders.
create function private.client_network() returns text
language plpgsql stable set search_path = ''
as $$
declare
  ip text := private.client_ip();
  addr inet;
begin
  if ip !~ '^[0-9A-Fa-f.:]{2,45}$' then return ip; end if;
  begin
    addr := ip::inet;
  exception when others then
    return ip;
  end;
  if family(addr) = 6 then return host(network(set_masklen(addr, 64))) || '/64'; end if;
  return host(addr);
end $$;

-- Where the fixed window of `seconds` that `at` falls in began: counters of the
-- same window share this start, whoever counts them and whenever.
create function private.window_start(at timestamptz, seconds integer) returns timestamptz
language sql stable set search_path = ''
as $$ select to_timestamp(floor(extract(epoch from at) / seconds) * seconds) $$;

-- The fixed window now, and the seconds until it ends.
create function private.rate_window(out win_start timestamptz, out wait integer)
language sql stable set search_path = ''
as $$
  select w, greatest(1, ceil(extract(epoch from w + make_interval(secs => s.rate_window_seconds) - now()))::integer)
  from private.settings s,
       lateral (select private.window_start(now(), s.rate_window_seconds) as w) x
$$;

-- A sender's bucket: a salted hash of the window and the sender, never the address
-- itself, so buckets of different windows cannot be linked to one another.
create function private.sender_bucket(name text, win_start timestamptz) returns text
language sql stable set search_path = ''
as $$
  select name || ':ip:' || encode(sha256(s.ip_salt || convert_to(win_start::text || '|' || private.client_network(), 'UTF8')), 'hex')
  from private.settings s
$$;

create function private.count_hit(bucket text, win_start timestamptz) returns integer
language sql volatile set search_path = ''
as $$
  insert into private.rate_limits as r (bucket, window_start, hits) values (bucket, win_start, 1)
  on conflict (bucket, window_start) do update set hits = r.hits + 1
  returning r.hits
$$;

create function private.rate_limited(wait integer) returns void
language plpgsql volatile set search_path = ''
as $$
begin
  perform private.raise_error(429, 'rate_limited', jsonb_build_object('retry_after_seconds', wait), wait);
end $$;

-- A form's limits, per sender and from everyone, in one window. Equality monitoring
-- follows a referral or a survey, so a school network sending a class's referrals
-- may answer as often as it refers, and its ceiling covers both.
create function private.form_limits(form text, out sender_limit integer, out overall_limit integer)
language sql stable set search_path = ''
as $$
  select case when form in ('referral', 'monitoring') then s.referral_ip_limit else s.feedback_ip_limit end,
         case form when 'referral' then s.referral_global_limit
                   when 'monitoring' then s.referral_global_limit + s.feedback_global_limit
                   else s.feedback_global_limit end
  from private.settings s
$$;

-- One more under `bucket` in this window, but only while it holds fewer than
-- `ceiling`: whether this one was counted.
create function private.count_within(bucket text, win_start timestamptz, ceiling integer) returns boolean
language sql volatile set search_path = ''
as $$
  with counted as (
    insert into private.rate_limits as r (bucket, window_start, hits) values ($1, $2, 1)
    on conflict (bucket, window_start) do update set hits = r.hits + 1 where r.hits < $3
    returning 1
  ) select exists (select from counted)
$$;

create function private.hits(bucket text, win_start timestamptz) returns integer
language sql stable set search_path = ''
as $$ select coalesce((select r.hits from private.rate_limits r where r.bucket = $1 and r.window_start = $2), 0) $$;

-- A refused call still counts against its sender, so sending junk uses up the same
-- allowance as sending referrals. PostgREST answers with response.status and this
-- body (the error contract's shape) and commits, keeping the count. A caller that
-- already read the window passes it, so the settings are not read again.
create function private.count_sender(form text, win_start timestamptz default (private.rate_window()).win_start)
returns integer
language sql volatile set search_path = ''
as $$ select private.count_hit(private.sender_bucket(form, win_start), win_start) $$;

create function private.refuse(form text, status integer, code text, details jsonb default null) returns jsonb
language plpgsql volatile set search_path = ''
as $$
begin
  perform private.count_sender(form);
  perform set_config('response.status', status::text, true);
  return jsonb_build_object('code', code, 'message', code, 'details', details::text, 'hint', null);
end $$;

-- Bigger, deeper or fuller than any valid payload of the form (private.payload_limits,
-- generated from the schemas): refused before any per-field work, and before
-- anything is printed. Walking the structure prints nothing, but turning it into
-- text prints every number in full: 1e131071 is 8 bytes sent and 131,072
-- characters printed, 0e-16383 as many zeros. So depth comes first, then, in one
-- walk, the count and numbers no field can hold (no field takes one past a billion
-- or with more than 6 decimals), and only then the size in text, once printing
-- can cost no more than what was sent. jsonb's own size (pg_column_size, no
-- printing) refuses a body far past the limit first; it is never more than 8 KB
-- above the text's for a payload within the count.
create function private.payload_problem(payload jsonb, form text) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  lim jsonb := private.payload_limits(form);
  too_complex constant jsonb := jsonb_build_object('status', 400, 'code', 'payload_too_complex',
    'details', jsonb_build_object('max_depth', lim -> 'depth', 'max_values', lim -> 'values'));
  too_large constant jsonb := jsonb_build_object('status', 413, 'code', 'payload_too_large',
    'details', jsonb_build_object('max_bytes', lim -> 'bytes'));
begin
  if jsonb_path_exists(payload, format('strict $.**{%s}', (lim ->> 'depth')::integer + 1)::jsonpath) then
    return too_complex;
  end if;
  -- case, not and: only a number is ever cast, whatever order the planner picks.
  if (select count(*) > (lim ->> 'values')::integer
             or coalesce(bool_or(case when jsonb_typeof(v) = 'number' then abs(v::numeric) >= 1e9 or scale(v::numeric) > 6 end), false)
      from jsonb_path_query(payload, 'strict $.**') v) then
    return too_complex;
  end if;
  if pg_column_size(payload) > (lim ->> 'bytes')::integer + 8192 then return too_large; end if;
  if octet_length(payload::text) > (lim ->> 'bytes')::integer then return too_large; end if;
  return null;
end $$;

-- At most 20 errors, each path at most 200 characters: a reply stays small
-- whatever was sent. A form never has that many wrong at once.
create function private.first_errors(errs jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('path', left(e ->> 'path', 200), 'code', e ->> 'code') order by n), '[]')
  from jsonb_array_elements(errs) with ordinality t(e, n) where n <= 20
$$;

-- HMAC-SHA-256 (RFC 2104) from core sha256(), so no extension is needed.
create function private.hmac_sha256(key bytea, message bytea) returns bytea
language sql immutable set search_path = ''
as $$
  with k as (select rpad_key from (select case when length(key) > 64 then sha256(key) else key end as rpad_key) x),
  pads as (
    select string_agg(set_byte('\x00'::bytea, 0, b # 54), '' order by i) as inner_pad,
           string_agg(set_byte('\x00'::bytea, 0, b # 92), '' order by i) as outer_pad
    from k, lateral (select i, case when i < length(k.rpad_key) then get_byte(k.rpad_key, i) else 0 end as b
                     from generate_series(0, 63) i) bytes
  )
  select sha256(outer_pad || sha256(inner_pad || message)) from pads
$$;

-- A challenge names when it was issued and how many zero bits it asks for, and is
-- signed over both for one form and one idempotency key, so it cannot be used for
-- another submission, made easier or forged.
create function private.challenge_at(form text, key text, issued bigint, bits integer) returns text
language sql stable set search_path = ''
as $$
  select issued::text || '.' || bits::text || '.' || left(encode(private.hmac_sha256(s.challenge_secret,
           convert_to(form || '|' || key || '|' || issued::text || '|' || bits::text, 'UTF8')), 'hex'), 32)
  from private.settings s
$$;

-- The zero bits a challenge asks for now: challenge_bits, and one more (twice the
-- work) for each doubling of this window's held submissions past challenge_step,
-- up to challenge_max_bits. A flood makes its own next proofs dearer; one child
-- pays at most challenge_max_bits once.
create function private.challenge_difficulty(held integer) returns integer
language sql stable set search_path = ''
as $$
  select least(s.challenge_max_bits,
               s.challenge_bits + floor(log(2.0, 1 + held::numeric / s.challenge_step))::integer)
  from private.settings s
$$;

-- The zero bits a solved challenge proves, or null: it must be this form's and
-- this key's, signed here, not expired, and SHA-256 of "<challenge>:<nonce>" must
-- start with as many zero bits as it asked for.
create function private.proven_bits(form text, payload jsonb) returns integer
language plpgsql stable set search_path = ''
as $$
declare
  s private.settings;
  challenge text := payload #>> '{proof,challenge}';
  nonce text := payload #>> '{proof,nonce}';
  issued bigint;
  bits integer;
  h bytea;
begin
  if challenge is null or nonce is null then return null; end if;
  select * into strict s from private.settings;
  issued := split_part(challenge, '.', 1)::bigint;
  bits := split_part(challenge, '.', 2)::integer;
  if bits not between 1 and 28 then return null; end if;
  if issued < extract(epoch from now()) - s.challenge_lifetime_seconds or issued > extract(epoch from now()) + 60 then
    return null;
  end if;
  if challenge <> private.challenge_at(form, payload ->> 'idempotency_key', issued, bits) then return null; end if;
  h := sha256(convert_to(challenge || ':' || nonce, 'UTF8'));
  if ((get_byte(h, 0)::bigint << 24) | (get_byte(h, 1)::bigint << 16) | (get_byte(h, 2)::bigint << 8) | get_byte(h, 3))
     >> (32 - bits) <> 0 then
    return null;
  end if;
  return bits;
end $$;

-- Where a valid submission of any form goes: 'queue' (the case workers'), 'held'
-- (apart, for a person to look at first) or 'decoy' (a filled honeypot: answered
-- with a reference that looks real, nothing stored). Every call counts against its
-- sender, honeypots too. Only what will be stored in the queue counts towards the
-- ceiling from everyone, so junk that is never stored cannot use it up for a child.
-- Past the sender's limit or the ceiling, a flood may be under way: without a
-- solved challenge the answer is 428 with one to solve (the form does it unseen and
-- sends again), as hard as private.challenge_difficulty says now; with one, the
-- submission is held. Only past the sender's own held limit, or the storage bound
-- nobody can reach at that price, is it 429. Counts roll back with any refusal.
create function private.admit(form text, payload jsonb) returns text
language plpgsql volatile set search_path = ''
as $$
declare
  s private.settings;
  w record;
  lim record;
  by_sender integer;
  bits integer;
  proven integer;
begin
  select * into strict s from private.settings;
  select * into strict w from private.rate_window();
  select * into strict lim from private.form_limits(form);
  by_sender := private.count_sender(form, w.win_start);
  if private.is_honeypot(payload) then return 'decoy'; end if;
  if by_sender <= lim.sender_limit and private.count_within(form || ':global', w.win_start, lim.overall_limit) then
    return 'queue';
  end if;
  bits := private.challenge_difficulty(private.hits(form || ':held:global', w.win_start));
  proven := private.proven_bits(form, payload);
  if proven is null or proven < bits then
    perform private.raise_error(428, 'challenge_required', jsonb_build_object(
      'challenge', private.challenge_at(form, payload ->> 'idempotency_key', floor(extract(epoch from now()))::bigint, bits),
      'bits', bits));
  end if;
  if private.count_hit(private.sender_bucket(form || ':held', w.win_start), w.win_start) > s.held_ip_limit
     or private.count_hit(form || ':held:global', w.win_start) > s.held_limit then
    perform private.rate_limited(w.wait);
  end if;
  return 'held';
end $$;

-- Whether the hour `at` fell in was one in which the ceiling from everyone was
-- reached, so the case workers know a flood may have put junk into the queue then.
-- Worked out when the case system claims, from the window's count.
create function private.surge_at(form text, at timestamptz) returns boolean
language sql stable set search_path = ''
as $$
  select coalesce(private.hits(form || ':global', private.window_start(at, s.rate_window_seconds)) >= l.overall_limit, false)
  from private.settings s, private.form_limits(form) l
$$;

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

-- The idempotency fingerprint: the whole payload but its key and its proof of work,
-- in jsonb's canonical form.
create function private.payload_hash(payload jsonb) returns bytea
language sql immutable set search_path = ''
as $$ select sha256(convert_to((payload - 'idempotency_key' - 'proof')::text, 'UTF8')) $$;

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

-- Everything a submit function does before it stores anything, written once for
-- the referral and every survey (`form` names its limits, rate-limit bucket and
-- private.<form>_errors; `tbl` its table): a payload too big or too deep is
-- refused, then one with field errors; a replay gets the earlier reference (409
-- for the same key with other answers); then admission (private.admit), which
-- may ask for a challenge or give a honeypot its decoy. What to answer at once,
-- or, when the submission is new and is to be stored, {"held": true|false}.
create function private.screen(form text, tbl text, payload jsonb) returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  problem jsonb := private.payload_problem(payload, form);
  errs jsonb;
  found_ref text;
  found_hash bytea;
  verdict text;
begin
  if problem is not null then
    return private.refuse(form, (problem ->> 'status')::integer, problem ->> 'code', problem -> 'details');
  end if;
  execute format('select private.first_errors(private.%I($1))', form || '_errors') into errs using payload;
  if errs <> '[]' then return private.refuse(form, 400, 'invalid_payload', errs); end if;
  execute format('select reference, payload_hash from %s where idempotency_key = $1', tbl)
  into found_ref, found_hash using (payload ->> 'idempotency_key')::uuid;
  if found_ref is not null then
    return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
  end if;
  verdict := private.admit(form, payload);
  if verdict = 'decoy' then
    return jsonb_build_object('reference', private.decoy_reference(payload ->> 'idempotency_key'));
  end if;
  return jsonb_build_object('held', verdict = 'held');
end $$;

-- A reference no row of the table has yet.
create function private.new_reference(tbl text) returns text
language plpgsql volatile set search_path = ''
as $$
declare
  ref text;
  taken boolean;
begin
  loop
    ref := private.reference_from(private.random_bytes());
    execute format('select exists (select 1 from %s where reference = $1)', tbl) into taken using ref;
    exit when not taken;
  end loop;
  return ref;
end $$;

-- What the sender is told once the row is stored: its reference, or the earlier
-- one when two tries with the same key raced and the other stored first.
create function private.stored_reference(tbl text, payload jsonb) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  found_ref text;
  found_hash bytea;
begin
  execute format('select reference, payload_hash from %s where idempotency_key = $1', tbl)
  into found_ref, found_hash using (payload ->> 'idempotency_key')::uuid;
  return jsonb_build_object('reference', private.replayed_reference(found_ref, found_hash, payload));
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
