// The service levels the provider is held to, from the milestones the case system
// records after pickup (supabase/report/README.md, "Milestones"): contact within
// 72 hours of referral, how long first attempts, contact and assessment took,
// take-up and why cases closed. Times of fewer than 5 referrals are not shown.
import { breakdown, pairs } from './breakdown.mjs';
import { SMALL, shownCount, suppress } from './suppress.mjs';

/** The promise every referral is measured against. */
export const PROMISE_HOURS = 72;

const hours = (minutes) => (minutes === null || minutes === undefined ? null : minutes / 60);
const smallState = (n) => (n >= 1 && n <= 4 ? SMALL : null);

/** A count of referrals with a duration recorded, and its median and p95 unless too few. */
export function timing(summary) {
  const count = Number(summary?.count ?? 0);
  const suppressed = count < 5;
  return {
    count,
    countShown: shownCount(count, smallState(count)),
    suppressed,
    medianHours: suppressed ? null : hours(summary.median_minutes),
    p95Hours: suppressed ? null : hours(summary.p95_minutes),
  };
}

/**
 * A share of a base, suppressed as a two-row table would be: the count and the
 * rest add up to the base, so either being 1 to 4 hides both.
 */
export function share(count, base) {
  const [state] = suppress([count, base - count], { total: base });
  const baseState = smallState(base);
  return {
    count,
    base,
    state,
    shown: shownCount(count, state ?? baseState),
    baseShown: shownCount(base, baseState),
    percent: state || baseState || base === 0 ? null : (count / base) * 100,
  };
}

/** @param {any} service `report_statistics().service` @param {number} total referrals in the quarter */
export function serviceLevels(service = {}, total) {
  const contact = timing(service.contact);
  const takeUp = service.take_up ?? {};
  const decided = Number(takeUp.accepted ?? 0) + Number(takeUp.declined ?? 0);
  const closed = Number(service.closed ?? 0);
  return {
    within72: share(Number(service.contact?.within_72_hours ?? 0), total),
    firstAttempt: timing(service.first_attempt),
    contact,
    assessed: timing(service.assessed),
    takeUp: breakdown('take_up', 'Support accepted or declined', pairs('take_up'), takeUp, {
      base: decided,
      partition: true,
    }),
    closureReason: breakdown(
      'closure_reason',
      'Why cases closed',
      pairs('closure_reason'),
      service.closure_reason,
      { base: closed, partition: true },
    ),
  };
}
