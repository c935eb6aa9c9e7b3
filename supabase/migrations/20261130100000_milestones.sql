-- What happened to a referral after the case system picked it up, for the
-- commissioner: contact within 72 hours, a prompt needs assessment, take-up and
-- why cases closed. The portal forgets a referral a week after acknowledging it,
-- long before most cases close, so the case system reports each milestone later
-- against the referral's statistics row, by the random statistics_id the
-- referral document (version 3) gave it. Each milestone is stored as whole
-- minutes after the referral arrived, like pickup_minutes: a duration, never a
-- date, so the row still identifies nobody (supabase/report/README.md, milestones).

-- ===========================================================================
-- tables
-- ===========================================================================

alter table private.referral_statistics
  add column first_attempt_minutes integer check (first_attempt_minutes >= 0),
  add column contact_minutes integer check (contact_minutes >= 0),
  add column assessed_minutes integer check (assessed_minutes >= 0),
  add column take_up text check (take_up in ('accepted', 'declined')),
  add column take_up_minutes integer check (take_up_minutes >= 0),
  add column closed_minutes integer check (closed_minutes >= 0),
  add column closure_reason private.closure_reasons,
  add constraint referral_statistics_take_up check ((take_up is null) = (take_up_minutes is null)),
  add constraint referral_statistics_closure check ((closure_reason is null) = (closed_minutes is null)),
  -- The rules record_milestone enforces that a single row can show: nothing happens
  -- before pickup, and nobody is reached without first being tried.
  add constraint referral_statistics_after_pickup check (
    pickup_minutes is not null or num_nonnulls(first_attempt_minutes, contact_minutes, assessed_minutes, take_up_minutes, closed_minutes) = 0),
  add constraint referral_statistics_contact_tried check (contact_minutes is null or first_attempt_minutes is not null);

-- A recorded milestone is in the audit log as the event and the time it was
-- recorded: never the statistics id, the minutes or the reason.
alter table private.audit_log drop constraint audit_log_event_check;
alter table private.audit_log add constraint audit_log_event_check check (event in (
  'claim', 'acknowledge', 'release', 'purge', 'token_issued', 'discard', 'keep',
  'milestone_first_attempt', 'milestone_contacted', 'milestone_assessed', 'milestone_support_accepted',
  'milestone_support_declined', 'milestone_closed'));

-- ===========================================================================
-- helpers
-- ===========================================================================

-- A refusal that names the other milestone: [{path, code, milestone, minutes}].
create function private.milestone_conflict(status integer, code text, path text, other text, other_minutes integer)
returns void
language plpgsql volatile set search_path = ''
as $$
begin
  perform private.raise_error(status, code, jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
    'path', path, 'code', code, 'milestone', other, 'minutes', other_minutes))));
end $$;

-- The milestones recorded on a row so far, with pickup first, and where each
-- stands in the order of private.milestones: accepted and declined share a place.
create function private.recorded_milestones(s private.referral_statistics)
returns table (recorded text, recorded_place integer, recorded_minutes integer, recorded_reason text)
language sql immutable set search_path = ''
as $$
  select m, p, v, r from (values
    ('pickup', 0, s.pickup_minutes, null),
    ('first_attempt', 1, s.first_attempt_minutes, null),
    ('contacted', 2, s.contact_minutes, null),
    ('assessed', 3, s.assessed_minutes, null),
    ('support_' || s.take_up, 4, s.take_up_minutes, null),
    ('closed', 5, s.closed_minutes, s.closure_reason::text)) t(m, p, v, r)
  where v is not null
$$;

create function private.milestone_place(milestone text) returns integer
language sql immutable set search_path = ''
as $$
  select case milestone when 'first_attempt' then 1 when 'contacted' then 2 when 'assessed' then 3
    when 'support_accepted' then 4 when 'support_declined' then 4 when 'closed' then 5 end
$$;

-- Whether a value is one of a closed list's (a domain of the generated migration).
create function private.is_closure_reason(value text) returns boolean
language plpgsql immutable set search_path = ''
as $$
begin
  perform value::private.closure_reasons;
  return true;
exception when check_violation then
  return false;
end $$;

-- The arguments on their own, before anything is looked up.
create function private.check_milestone_arguments(statistics_id uuid, milestone text, minutes integer, reason text)
returns void
language plpgsql volatile set search_path = ''
as $$
begin
  if statistics_id is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('statistics_id', 'required'));
  elsif milestone is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('milestone', 'required'));
  elsif private.milestone_place(milestone) is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('milestone', 'invalid_choice'));
  elsif minutes is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('minutes', 'required'));
  elsif minutes < 0 then
    perform private.raise_error(400, 'before_arrival', private.field_error('minutes', 'before_arrival'));
  elsif milestone = 'closed' and reason is null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('reason', 'required'));
  elsif milestone = 'closed' and not private.is_closure_reason(reason) then
    perform private.raise_error(400, 'invalid_argument', private.field_error('reason', 'invalid_choice'));
  elsif milestone <> 'closed' and reason is not null then
    perform private.raise_error(400, 'invalid_argument', private.field_error('reason', 'not_allowed'));
  end if;
end $$;

-- ===========================================================================
-- functions
-- ===========================================================================

-- One milestone of one referral, in whole minutes after it arrived (the document's
-- received_at). Milestones keep the order of private.milestones: each is at or
-- after pickup and every earlier one recorded, at or before every later one
-- recorded; a contact needs a first attempt; support is accepted or declined, not
-- both; nothing is recorded once the case is closed, and only closing has (and
-- needs) a reason. Recording the same again is a harmless retry (200, the same
-- answer; the first time is 201); a different value for a recorded milestone is
-- refused. Works whether or not the referral itself has been purged.
create function public.record_milestone(statistics_id uuid, milestone text, minutes integer, reason text default null)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  s private.referral_statistics;
  here integer := private.milestone_place(milestone);
  clash record;
  answer jsonb;
begin
  perform private.check_milestone_arguments(statistics_id, milestone, minutes, reason);
  select * into s from private.referral_statistics r where r.id = record_milestone.statistics_id for update;
  if s.id is null then
    -- A held referral is counted only once it is acknowledged: known, but not yet picked up.
    if exists (select 1 from private.referrals r where r.statistics_id = record_milestone.statistics_id) then
      perform private.raise_error(409, 'not_picked_up', private.field_error('statistics_id', 'not_picked_up'));
    end if;
    perform private.raise_error(404, 'not_found', private.field_error('statistics_id', 'not_found'));
  end if;
  if s.pickup_minutes is null then
    perform private.raise_error(409, 'not_picked_up', private.field_error('statistics_id', 'not_picked_up'));
  end if;
  answer := jsonb_strip_nulls(jsonb_build_object(
    'statistics_id', s.id, 'milestone', milestone, 'minutes', minutes, 'reason', reason));

  select * into clash from private.recorded_milestones(s) m where m.recorded_place = here;
  if clash.recorded = milestone then
    if clash.recorded_minutes = minutes and clash.recorded_reason is not distinct from reason then return answer; end if;
    perform private.raise_error(409, 'already_recorded', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
      'path', case when clash.recorded_minutes = minutes then 'reason' else 'minutes' end, 'code', 'already_recorded',
      'minutes', clash.recorded_minutes, 'reason', clash.recorded_reason))));
  elsif clash.recorded is not null then
    perform private.milestone_conflict(409, 'conflict', 'milestone', clash.recorded, clash.recorded_minutes);
  end if;
  if s.closed_minutes is not null then
    perform private.milestone_conflict(409, 'out_of_order', 'milestone', 'closed', s.closed_minutes);
  end if;
  if milestone = 'contacted' and s.first_attempt_minutes is null then
    perform private.milestone_conflict(409, 'out_of_order', 'milestone', 'first_attempt', null);
  end if;
  select * into clash from private.recorded_milestones(s) m
  where (m.recorded_place < here and m.recorded_minutes > minutes) or (m.recorded_place > here and m.recorded_minutes < minutes)
  order by m.recorded_place limit 1;
  if clash.recorded is not null then
    perform private.milestone_conflict(409, 'out_of_order', 'minutes', clash.recorded, clash.recorded_minutes);
  end if;

  update private.referral_statistics r set
    first_attempt_minutes = case when milestone = 'first_attempt' then minutes else r.first_attempt_minutes end,
    contact_minutes = case when milestone = 'contacted' then minutes else r.contact_minutes end,
    assessed_minutes = case when milestone = 'assessed' then minutes else r.assessed_minutes end,
    take_up = case milestone when 'support_accepted' then 'accepted' when 'support_declined' then 'declined' else r.take_up end,
    take_up_minutes = case when here = 4 then minutes else r.take_up_minutes end,
    closed_minutes = case when milestone = 'closed' then minutes else r.closed_minutes end,
    closure_reason = case when milestone = 'closed' then reason else r.closure_reason end
  where r.id = s.id;
  perform private.audit('milestone_' || milestone, 'referral', '{}');
  perform set_config('response.status', '201', true);
  return answer;
end $$;

-- ===========================================================================
-- policies
-- ===========================================================================

revoke execute on function
  private.milestone_conflict(integer, text, text, text, integer), private.recorded_milestones(private.referral_statistics),
  private.milestone_place(text), private.is_closure_reason(text), private.check_milestone_arguments(uuid, text, integer, text),
  public.record_milestone(uuid, text, integer, text)
from public, anon, authenticated, service_role;
grant execute on function public.record_milestone(uuid, text, integer, text) to service_role;
