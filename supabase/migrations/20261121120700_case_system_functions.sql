-- The case system's API, callable with the service key only. Thin wrappers, so
-- each has its own name, arguments and grant in the REST API. An acknowledgement
-- that names its `claimant` (as `npm run intake -- pull` does, with one claimant
-- per run) succeeds only while that claimant's own claim holds; without one (a
-- person's `ack`) any claimed row may be acknowledged.

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
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
from public, anon, authenticated;

grant execute on function
  public.claim_referrals(integer, text), public.acknowledge_referral(text, text, text), public.release_expired_referral_claims(),
  public.purge_acknowledged_referrals(), public.list_overdue_referrals(),
  public.claim_feedback(integer, text), public.acknowledge_feedback(text, text, text), public.release_expired_feedback_claims(),
  public.purge_acknowledged_feedback(), public.list_overdue_feedback(), public.issue_feedback_token(text)
to service_role;
