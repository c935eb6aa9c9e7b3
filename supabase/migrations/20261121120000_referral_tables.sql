-- Private storage for referrals: the referral, the people in it, how to contact
-- them and their consents. Nothing here is reachable through the REST API: the
-- schema is not exposed, anon and authenticated hold no grants, and
-- row-level security is on with no policies, so only the security-definer functions
-- in later migrations can read or write a row. CHECK constraints repeat the payload
-- rules, so even a bug in a function cannot store a value the contract forbids.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.referrals (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
  idempotency_key uuid not null unique,
  payload_hash bytea not null,
  received_at timestamptz not null default now(),
  source text not null check (source in ('young_person', 'parent_carer', 'professional')),
  age_band text not null check (age_band in ('5-10', '11-15', '16-17')),
  language text not null check (language in ('en', 'pl', 'ur')),
  categories text[] not null check (cardinality(categories) between 1 and 9 and categories <@ array['violence', 'robbery_theft', 'sexual_abuse_exploitation', 'online_abuse_harassment', 'hate_crime', 'domestic_abuse_home', 'relationship_abuse', 'criminal_exploitation', 'something_else']),
  involvement text not null check (involvement in ('victim', 'witness', 'both')),
  happened_when text not null check (happened_when in ('this_week', 'this_month', 'last_6_months', 'longer_ago', 'ongoing', 'not_sure')),
  details text check (length(details) <= 4000),
  reported_to_police text not null check (reported_to_police in ('yes', 'no', 'not_sure')),
  crime_reference text check (length(crime_reference) <= 30),
  safe_now text not null check (safe_now in ('yes', 'no', 'not_sure')),
  harmer_lives_with_them text not null check (harmer_lives_with_them in ('yes', 'no', 'not_sure', 'prefer_not_to_say')),
  support_wanted text[] not null check (cardinality(support_wanted) between 1 and 8 and support_wanted <@ array['talk_to_someone', 'feel_safer', 'understand_police_court', 'school_support', 'family_support', 'online_safety', 'practical_help', 'not_sure']),
  support_details text check (length(support_details) <= 1000),
  parent_knows text check (parent_knows in ('yes', 'no', 'not_sure')),
  parent_safe_to_know text check (parent_safe_to_know in ('yes', 'no', 'not_sure')),
  parent_may_contact boolean,
  young_person_agreed text check (young_person_agreed in ('yes', 'not_yet', 'too_young')),
  parent_not_told_reason text check (length(parent_not_told_reason) <= 500),
  safeguarding_lead_told text check (safeguarding_lead_told in ('yes', 'no')),
  safeguarding_referral_made text check (safeguarding_referral_made in ('yes', 'no', 'not_sure')),
  claimed_at timestamptz,
  claim_expires_at timestamptz,
  claimed_by text check (length(claimed_by) <= 100),
  acknowledged_at timestamptz,
  case_id text check (length(case_id) <= 200),
  check ((source = 'parent_carer') = (parent_knows is null)),
  check ((source = 'young_person') = (young_person_agreed is null)),
  check ((source = 'professional') = (safeguarding_lead_told is not null)),
  check (acknowledged_at is null or case_id is not null)
);
create index referrals_unclaimed on private.referrals (received_at) where claimed_at is null;

-- The young person, the referrer and a named safe adult: one row each at most.
create table private.referral_people (
  referral_id bigint not null references private.referrals (id) on delete cascade,
  role text not null check (role in ('young_person', 'referrer', 'safe_adult')),
  name text not null check (length(name) <= 100),
  preferred_name text check (length(preferred_name) <= 60),
  pronouns text check (length(pronouns) <= 30),
  age smallint check (age between 5 and 17),
  date_of_birth date,
  county text check (county in ('berkshire', 'buckinghamshire', 'oxfordshire', 'outside')),
  area text check (length(area) <= 60),
  school text check (length(school) <= 100),
  relationship text check (length(relationship) <= 60),
  job_role text check (length(job_role) <= 100),
  organisation text check (length(organisation) <= 150),
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 20),
  primary key (referral_id, role),
  check (role <> 'young_person' or (county is not null and area is not null and (age is not null or date_of_birth is not null)))
);

create table private.contact_preferences (
  referral_id bigint primary key references private.referrals (id) on delete cascade,
  via text not null check (via in ('direct', 'safe_adult', 'school')),
  channels text[] not null check (channels <@ array['phone_call', 'text_message', 'email']),
  phone text check (length(phone) <= 20),
  email text check (length(email) <= 254),
  voicemail_ok boolean not null,
  say_who_we_are boolean not null,
  safe_days text[] not null check (safe_days <@ array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  safe_times text[] not null check (safe_times <@ array['morning', 'afternoon', 'evening']),
  safe_times_note text check (length(safe_times_note) <= 200),
  phone_shared text check (phone_shared in ('yes', 'no', 'not_sure')),
  email_shared text check (email_shared in ('yes', 'no', 'not_sure')),
  language text not null check (language in ('en', 'pl', 'ur', 'other')),
  other_language text check (length(other_language) <= 40),
  interpreter boolean not null,
  access_needs text check (length(access_needs) <= 500),
  check (via <> 'direct' or cardinality(channels) > 0),
  -- Only what the chosen way of getting in touch uses: nothing left over from a
  -- choice the person moved away from.
  check (via = 'direct' or cardinality(channels) = 0),
  check ((phone is null and phone_shared is null) or (via = 'direct' and channels && array['phone_call', 'text_message'])),
  check ((email is null and email_shared is null) or (via = 'direct' and channels @> array['email'])),
  check (not (voicemail_ok or say_who_we_are) or (via = 'direct' and channels @> array['phone_call']))
);

create table private.consents (
  referral_id bigint not null references private.referrals (id) on delete cascade,
  position smallint not null check (position between 0 and 5),
  what text not null check (what in ('referral', 'contact', 'share_information')),
  given_by text not null check (given_by in ('young_person', 'parent_carer', 'professional_on_behalf')),
  given_at timestamptz not null,
  notice_version text not null check (notice_version ~ '^[A-Za-z0-9._-]{1,20}$'),
  primary key (referral_id, position)
);

-- ===========================================================================
-- policies
-- ===========================================================================

-- Row-level security on, and deliberately no policy for any role or operation: a
-- role that somehow gained a table grant would still see and change nothing. The
-- owner's security-definer functions are the only way in.
alter table private.referrals enable row level security;
alter table private.referral_people enable row level security;
alter table private.contact_preferences enable row level security;
alter table private.consents enable row level security;

revoke all on all tables in schema private from public, anon, authenticated, service_role;
revoke all on all sequences in schema private from public, anon, authenticated, service_role;
