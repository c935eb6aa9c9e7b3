-- What the commissioner's quarterly report counts, in one function over every
-- statistics table: the referrals and feedback as counted since the first report,
-- the service levels the provider is held to (contact within 72 hours, time to
-- assessment, take-up, why cases closed), victim or witness, support wanted,
-- contact language and interpreter need, the kind of organisation professionals
-- refer from, grown-ups' feedback and the equality monitoring answers. All from
-- the statistics tables, which identify nobody (see 20261121130000_statistics.sql,
-- 20261130100000_milestones.sql, 20261130110000_adult_feedback_and_panel.sql and
-- 20261130120000_equality_monitoring.sql). Still whole months only, still counts
-- only: suppression stays the report's job.

-- ===========================================================================
-- helpers
-- ===========================================================================

-- Count, median and 95th percentile of a set of durations, by nearest rank, so
-- each is a time one referral actually took ("half within the median").
create function private.minutes_summary(minutes integer[]) returns jsonb
language sql immutable set search_path = ''
as $$
  select jsonb_build_object(
    'count', count(m),
    'median_minutes', percentile_disc(0.5) within group (order by m),
    'p95_minutes', percentile_disc(0.95) within group (order by m))
  from unnest(minutes) m
  where m is not null
$$;

-- One breakdown per monitoring question, for one context (referral or feedback).
create function private.monitoring_counts(first_month date, last_month date, ctx text) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(question, answers), '{}') from (
    select m.question, jsonb_object_agg(m.answer, m.n) as answers
    from (
      select s.question, s.answer, count(*) as n
      from (select t.question, t.answer, t.received_month, t.context, t.held from private.monitoring_statistics t
            union all
            -- Still waiting to be folded in: counted all the same, never shown apart.
            select t.question, t.answer, t.received_month, t.context, t.held from private.monitoring_staging t) s
      where s.received_month between first_month and last_month and s.context = ctx and not s.held
      group by s.question, s.answer
    ) m
    group by m.question
  ) q
$$;

-- A statistics row's counted answers under their report keys (the declared
-- questions, private.referral_questions); a flag is counted as yes or no.
create function private.report_answers(s jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(q.report_key, case jsonb_typeof(s -> q.statistics_column)
           when 'boolean' then to_jsonb(case when (s ->> q.statistics_column)::boolean then 'yes' else 'no' end)
           else s -> q.statistics_column end), '{}')
  from private.referral_questions q
  where q.report_key is not null
$$;

-- Grown-ups' feedback, one respondent at a time.
create function private.adult_feedback_counts(first_month date, last_month date, who text) returns jsonb
language sql stable set search_path = ''
as $$
  with rows as (
    select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
             'ease', s.ease, 'knew_next', s.knew_next, 'satisfaction', s.satisfaction))), '[]') as j
    from private.adult_feedback_statistics s
    where s.received_month between first_month and last_month and s.respondent = who
  )
  select jsonb_build_object(
    'total', jsonb_array_length(j),
    'ease', private.count_by(j, 'ease'),
    'knew_next', private.count_by(j, 'knew_next'),
    'satisfaction', private.count_by(j, 'satisfaction'))
  from rows
$$;

-- ===========================================================================
-- functions
-- ===========================================================================

-- Counts for whole months, never rows: first_day must be the first day of a month
-- and last_day the last day of a month (UK months, as the rows are kept), at most
-- twelve months apart; 2026-07-01..2026-09-30 is the third quarter of 2026. The
-- rows hold no day, so a range that cuts a month in two cannot be answered and is
-- refused rather than rounded. Small counts are left in: suppressing them is the
-- report's job, which needs the true figures to decide what else must be hidden
-- so that nothing can be worked out by subtraction.
create function public.report_statistics(first_day date, last_day date) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  refs jsonb;
  fb jsonb;
  last_month date := date_trunc('month', last_day)::date;
begin
  if first_day is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('first_day', 'required'));
  elsif last_day is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('last_day', 'required'));
  elsif extract(day from first_day) <> 1 then
    perform private.raise_error(400, 'invalid_argument', private.field_error('first_day', 'invalid'));
  elsif last_day <> (last_month + interval '1 month - 1 day')::date then
    perform private.raise_error(400, 'invalid_argument', private.field_error('last_day', 'invalid'));
  elsif last_month < first_day or last_month >= first_day + interval '12 months' then
    perform private.raise_error(400, 'invalid_argument', private.field_error('last_day', 'out_of_range'));
  end if;
  select coalesce(jsonb_agg(jsonb_build_object(
           'month', to_char(s.received_month, 'YYYY-MM'), 'source', s.source, 'age_band', s.age_band, 'county', s.county,
           'priority', case when s.urgent then 'urgent' else 'routine' end, 'organisation_type', s.organisation_type,
           'take_up', s.take_up, 'closure_reason', s.closure_reason) || private.report_answers(to_jsonb(s))), '[]')
  into refs
  from private.referral_statistics s where s.received_month between first_day and last_month;
  select coalesce(jsonb_agg(to_jsonb(f) - 'id' - 'received_month' || jsonb_build_object('month', to_char(f.received_month, 'YYYY-MM'))), '[]')
  into fb
  from private.feedback_statistics f where f.received_month between first_day and last_month;
  return jsonb_build_object(
    'first_day', first_day,
    'last_day', last_day,
    'referrals', jsonb_build_object(
      'total', jsonb_array_length(refs),
      'month', private.count_by(refs, 'month'),
      'source', private.count_by(refs, 'source'),
      'age_band', private.count_by(refs, 'age_band'),
      'county', private.count_by(refs, 'county'),
      'priority', private.count_by(refs, 'priority'),
      'organisation_type', private.count_by(refs, 'organisation_type'),
      'pickup', (
        select private.minutes_summary(array_agg(s.pickup_minutes))
        from private.referral_statistics s where s.received_month between first_day and last_month))
      -- The declared questions counted for the report, each under its key.
      || (select coalesce(jsonb_object_agg(q.report_key, private.count_by(refs, q.report_key)), '{}')
          from private.referral_questions q where q.report_key is not null),
    'service', (
      select jsonb_build_object(
        'first_attempt', private.minutes_summary(array_agg(s.first_attempt_minutes)),
        'contact', private.minutes_summary(array_agg(s.contact_minutes))
                   || jsonb_build_object('within_72_hours', count(*) filter (where s.contact_minutes <= 72 * 60)),
        'assessed', private.minutes_summary(array_agg(s.assessed_minutes)),
        'take_up', private.count_by(refs, 'take_up'),
        'closed', count(s.closed_minutes),
        'closure_reason', private.count_by(refs, 'closure_reason'))
      from private.referral_statistics s where s.received_month between first_day and last_month),
    'feedback', jsonb_build_object(
      'total', jsonb_array_length(fb),
      'month', private.count_by(fb, 'month'),
      'informed', private.count_by(fb, 'informed'),
      'wellbeing', private.count_by(fb, 'wellbeing'),
      'safe', private.count_by(fb, 'safe'),
      'everyday', private.count_by(fb, 'everyday'),
      'satisfaction', private.count_by(fb, 'satisfaction'),
      'listened_to', private.count_by(fb, 'listened_to'),
      'recommend', private.count_by(fb, 'recommend')),
    'adult_feedback', jsonb_build_object(
      'parent_carer', private.adult_feedback_counts(first_day, last_month, 'parent_carer'),
      'professional', private.adult_feedback_counts(first_day, last_month, 'professional')),
    'monitoring', jsonb_build_object(
      'referral', private.monitoring_counts(first_day, last_month, 'referral'),
      'feedback', private.monitoring_counts(first_day, last_month, 'feedback')));
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

revoke execute on function
  private.minutes_summary(integer[]), private.report_answers(jsonb), private.monitoring_counts(date, date, text), private.adult_feedback_counts(date, date, text),
  public.report_statistics(date, date)
from public, anon, authenticated, service_role;
grant execute on function public.report_statistics(date, date) to service_role;
