-- What the commissioner's quarterly report is counted from. Referrals and feedback
-- are purged a week after the case system acknowledges them, so a quarter cannot
-- be counted from those tables. Each submission therefore also leaves one row of
-- statistics here that is never purged and identifies nobody: no name, no free
-- text, no contact details, no reference code, no timestamp and no day, only the
-- month it arrived (UK time), the closed-list answers the report counts, and how
-- long the case system took to acknowledge it. A day next to an age band, a county
-- and what happened could point to one child in a small area; the quarterly report
-- needs nothing finer than a month. A referral's row keeps a link to it only
-- while the referral exists; the purge turns the link to null. The row's id is the
-- referral's random statistics_id, which the case system keeps in its case to
-- report milestones (*_milestones.sql); the portal keeps it nowhere else once the
-- referral is purged. The case system reads the figures as aggregates through one
-- function (public.report_statistics, in *_commissioner_report.sql, once every
-- table it counts exists); nobody reads rows.

-- ===========================================================================
-- tables
-- ===========================================================================

create table private.referral_statistics (
  id uuid primary key default gen_random_uuid(),
  referral_id bigint unique references private.referrals (id) on delete set null,
  received_month date not null check (extract(day from received_month) = 1),
  source private.sources not null,
  age_band private.age_bands not null,
  county private.counties not null,
  categories private.harm_categories_list not null check (cardinality(categories) between 1 and 9),
  reported_to_police private.yes_no_not_sure not null,
  contact_via private.contact_via not null,
  channels private.channels_list not null,
  -- The referral's derived priority (private.referrals.urgent): the urgent share.
  urgent boolean not null,
  involvement private.involvements not null,
  support_wanted private.support_kinds_list not null,
  -- The language to make contact in, and whether an interpreter is needed: what
  -- the service must be ready to offer. "Other" is counted; its free text is not.
  contact_language private.contact_languages not null,
  interpreter boolean not null,
  -- A professional's kind of organisation (null for other senders).
  organisation_type private.organisation_types,
  pickup_minutes integer check (pickup_minutes >= 0)
);
create index referral_statistics_received_month on private.referral_statistics (received_month);

create table private.feedback_statistics (
  id uuid primary key default gen_random_uuid(),
  received_month date not null check (extract(day from received_month) = 1),
  age_band private.age_bands not null,
  informed private.outcome_answers,
  wellbeing private.outcome_answers,
  safe private.outcome_answers,
  everyday private.outcome_answers,
  satisfaction smallint check (satisfaction between 1 and 5),
  listened_to private.listened_to,
  recommend private.recommend_answers
);
create index feedback_statistics_received_month on private.feedback_statistics (received_month);

-- ===========================================================================
-- helpers
-- ===========================================================================

-- The first day of the month something arrived in, in UK time: a referral sent
-- at 00:30 on 1 July (BST) belongs to July even though it is still June in UTC.
create function private.service_month(t timestamptz) returns date
language sql immutable set search_path = ''
as $$ select date_trunc('month', t at time zone 'Europe/London')::date $$;

-- A referral's counted answers as its statistics row holds them: {column: answer},
-- for each declared question counted for the report (private.referral_questions).
create function private.counted_answers(rid bigint) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(q.statistics_column, s.stored -> q.table_name -> q.column_name), '{}')
  from private.referral_questions q, (
    select jsonb_build_object(
      'referrals', (select to_jsonb(r) from private.referrals r where r.id = rid),
      'contact_preferences', (select to_jsonb(c) from private.contact_preferences c where c.referral_id = rid)) as stored) s
  where q.statistics_column is not null
$$;

create function private.count_referral(rid bigint) returns void
language plpgsql volatile set search_path = ''
as $$
declare
  counted jsonb;
begin
  select jsonb_build_object('id', r.statistics_id, 'referral_id', r.id, 'received_month', private.service_month(r.received_at),
                            'source', r.source, 'age_band', r.age_band, 'county', yp.county, 'urgent', r.urgent,
                            'organisation_type', rr.organisation_type)
         || private.counted_answers(r.id)
  into counted
  from private.referrals r
  join private.referral_people yp on yp.referral_id = r.id and yp.role = 'young_person'
  join private.contact_preferences c on c.referral_id = r.id
  left join private.referral_people rr on rr.referral_id = r.id and rr.role = 'referrer' and r.source = 'professional'
  where r.id = rid;
  if counted is null then return; end if;
  execute private.insert_sql('referral_statistics', counted, 'on conflict (referral_id) do nothing') using counted;
end $$;

-- Deferred to commit, because the young person's county and the contact choices
-- are stored after the referral row. By then the submit function has returned and
-- the transaction runs as the API role again, hence security definer. A held
-- referral (private.admit) may be junk from a flood: it is counted only when the
-- case system acknowledges it as a real one.
create function private.record_referral_statistics() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform private.count_referral(new.id);
  return null;
end $$;

-- Whole minutes from arrival to acknowledgement: the case system's pickup time.
create function private.record_referral_pickup() returns trigger
language plpgsql volatile set search_path = ''
as $$
begin
  perform private.count_referral(new.id);
  update private.referral_statistics s
  set pickup_minutes = greatest(0, floor(extract(epoch from new.acknowledged_at - new.received_at) / 60))::integer
  where s.referral_id = new.id;
  return null;
end $$;

create function private.record_feedback_statistics() returns trigger
language plpgsql volatile set search_path = ''
as $$
begin
  insert into private.feedback_statistics (received_month, age_band, informed, wellbeing, safe, everyday, satisfaction, listened_to, recommend)
  values (private.service_month(new.received_at), new.age_band, new.informed, new.wellbeing, new.safe, new.everyday,
          new.satisfaction, new.listened_to, new.recommend);
  return null;
end $$;

-- {"value": count, …} for one column, or for the elements of an array column.
create function private.count_by(rows_json jsonb, field text) returns jsonb
language sql immutable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(v, n), '{}') from (
    select v, count(*) as n
    from jsonb_array_elements(rows_json) r
    cross join lateral (
      select jsonb_array_elements_text(r -> field) as v where jsonb_typeof(r -> field) = 'array'
      union all
      select r ->> field where jsonb_typeof(r -> field) = 'string'
      union all
      select (r ->> field) where jsonb_typeof(r -> field) = 'number'
    ) vals
    group by v
  ) counted
$$;

-- ===========================================================================
-- triggers
-- ===========================================================================

create constraint trigger referral_statistics_on_submit
after insert on private.referrals
deferrable initially deferred
for each row when (not new.held) execute function private.record_referral_statistics();

create trigger referral_statistics_on_acknowledge
after update of acknowledged_at on private.referrals
for each row when (old.acknowledged_at is null and new.acknowledged_at is not null)
execute function private.record_referral_pickup();

-- A held referral a person keeps joins the case workers' queue, and is counted then.
create trigger referral_statistics_on_keep
after update of held on private.referrals
for each row when (old.held and not new.held)
execute function private.record_referral_statistics();

-- Feedback sent during a flood is counted once a person keeps it or acknowledges it
-- as real; the rest at once.
create trigger feedback_statistics_on_submit
after insert on private.feedback
for each row when (not new.held) execute function private.record_feedback_statistics();

create trigger feedback_statistics_on_keep
after update of held, acknowledged_at on private.feedback
for each row when ((old.held and not new.held) or (new.held and old.acknowledged_at is null and new.acknowledged_at is not null))
execute function private.record_feedback_statistics();

-- ===========================================================================
-- backfill
-- ===========================================================================

-- Whatever a hosted project holds when this migration arrives is counted too.
select private.count_referral(r.id) from private.referrals r;
update private.referral_statistics s
set pickup_minutes = greatest(0, floor(extract(epoch from r.acknowledged_at - r.received_at) / 60))::integer
from private.referrals r where r.id = s.referral_id and r.acknowledged_at is not null;

insert into private.feedback_statistics (received_month, age_band, informed, wellbeing, safe, everyday, satisfaction, listened_to, recommend)
select private.service_month(f.received_at), f.age_band, f.informed, f.wellbeing, f.safe, f.everyday, f.satisfaction, f.listened_to, f.recommend
from private.feedback f;

-- ===========================================================================
-- policies
-- ===========================================================================

-- Row-level security on with no policy, no table grants: as for every private table.
alter table private.referral_statistics enable row level security;
alter table private.feedback_statistics enable row level security;
revoke all on private.referral_statistics, private.feedback_statistics from public, anon, authenticated, service_role;

revoke execute on function
  private.service_month(timestamptz), private.counted_answers(bigint), private.count_referral(bigint),
  private.record_referral_statistics(), private.record_referral_pickup(),
  private.record_feedback_statistics(), private.count_by(jsonb, text)
from public, anon, authenticated, service_role;
