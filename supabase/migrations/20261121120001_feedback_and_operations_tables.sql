-- Private storage for feedback and for running the service: the settings row,
-- feedback and its tokens, rate-limit counters and the audit log. Locked down
-- exactly like the referral tables.

-- ===========================================================================
-- tables
-- ===========================================================================

-- One row of knobs, so tests and operators can change limits without a migration.
create table private.settings (
  id boolean primary key default true check (id),
  ip_salt bytea not null default decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'),
  referral_ip_limit integer not null default 20 check (referral_ip_limit > 0),
  feedback_ip_limit integer not null default 20 check (feedback_ip_limit > 0),
  referral_global_limit integer not null default 300 check (referral_global_limit > 0),
  feedback_global_limit integer not null default 300 check (feedback_global_limit > 0),
  rate_window_seconds integer not null default 3600 check (rate_window_seconds between 1 and 86400),
  claim_timeout interval not null default '15 minutes',
  overdue_after interval not null default '24 hours',
  retention interval not null default '7 days',
  token_lifetime interval not null default '180 days'
);
insert into private.settings default values;

create table private.feedback (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  age_band text not null check (age_band in ('5-10', '11-15', '16-17')),
  language text not null check (language in ('en', 'pl', 'ur')),
  informed text check (informed in ('better', 'same', 'worse', 'not_sure')),
  wellbeing text check (wellbeing in ('better', 'same', 'worse', 'not_sure')),
  safe text check (safe in ('better', 'same', 'worse', 'not_sure')),
  everyday text check (everyday in ('better', 'same', 'worse', 'not_sure')),
  satisfaction smallint check (satisfaction between 1 and 5),
  listened_to text check (listened_to in ('yes', 'a_bit', 'no')),
  recommend text check (recommend in ('yes', 'maybe', 'no')),
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
-- policies
-- ===========================================================================

-- Row-level security on, and deliberately no policy for any role or operation: a
-- role that somehow gained a table grant would still see and change nothing. The
-- owner's security-definer functions are the only way in.
alter table private.settings enable row level security;
alter table private.feedback enable row level security;
alter table private.feedback_tokens enable row level security;
alter table private.rate_limits enable row level security;
alter table private.audit_log enable row level security;

revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;
