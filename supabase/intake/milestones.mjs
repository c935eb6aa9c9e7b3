// `milestone` and `milestones FILE`: the case system reports what happened after
// pickup against the statistics_id a referral document carried, in whole minutes
// after the referral arrived. The portal decides what is allowed
// (public.record_milestone); this turns times into minutes, reads files, and says
// per line what happened in words a person can act on. Nothing it prints names
// the statistics id: line numbers are enough to find the line.
import { milestones as names } from '../../src/schemas/choices.ts';
import { uuid } from '../../src/schemas/patterns.ts';
import { exit, IntakeError } from './portal.mjs';

const units = { d: 24 * 60, h: 60, m: 1 };

/**
 * Text from a file, safe to print: control characters (an ANSI escape, a carriage
 * return, a newline that would start a line of its own) are shown as \u{1b} and
 * the like, never sent to the terminal.
 */
export const printable = (text) =>
  String(text).replace(
    /\p{Cc}/gu,
    (c) => `\\u{${/** @type {number} */ (c.codePointAt(0)).toString(16)}}`,
  );

/** Decimal digits only: not 0x10, 1e1, 16.0, " 16", true or [16]. */
const wholeMinutes = /^(0|[1-9][0-9]{0,8})$/;

/** `30h`, `90m`, `2d`, `1d6h30m` → minutes; undefined when it is none of those. */
export function afterMinutes(text) {
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text ?? '');
  if (!parts || !text) return undefined;
  return Number(parts[1] ?? 0) * units.d + Number(parts[2] ?? 0) * units.h + Number(parts[3] ?? 0);
}

// An instant with its offset: a time without one would be read in this machine's zone.
const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Whole minutes from `received_at` to `at`, or a message saying what is wrong. */
export function minutesBetween(receivedAt, at) {
  for (const [name, value] of [
    ['received_at', receivedAt],
    ['at', at],
  ])
    if (!instant.test(value ?? '') || Number.isNaN(Date.parse(value)))
      return { problem: `${name} must be an ISO time with its offset, e.g. 2026-08-03T09:15:42Z` };
  return { minutes: Math.floor((Date.parse(at) - Date.parse(receivedAt)) / 60_000) };
}

/**
 * The arguments record_milestone takes, from one line's fields, or what is wrong
 * with them. Strict: text where text belongs, and minutes as a whole number
 * written in decimal digits (a number in JSON Lines), nothing a looser reading
 * would turn into one.
 */
export function milestoneArgs(fields) {
  const { statistics_id: id, milestone, minutes, at, received_at: receivedAt, reason } = fields;
  for (const [name, value] of Object.entries({
    statistics_id: id,
    milestone,
    at,
    received_at: receivedAt,
    reason,
  }))
    if (value !== undefined && value !== null && typeof value !== 'string')
      return { problem: `${name} must be text` };
  if (!uuid.test(id ?? '')) return { problem: 'statistics_id must be the UUID from the document' };
  if (!milestone) return { problem: `milestone is missing (one of ${names.join(', ')})` };
  let value;
  if (minutes !== undefined && minutes !== '' && minutes !== null) {
    // A number from JSON Lines is read as it is written; true or [16] is no number.
    const written = String(minutes);
    if ((typeof minutes !== 'number' && typeof minutes !== 'string') || !wholeMinutes.test(written))
      return { problem: 'minutes must be a whole number, in digits' };
    value = Number(written);
  } else if (at || receivedAt) {
    const between = minutesBetween(receivedAt, at);
    if (between.problem) return between;
    value = between.minutes;
  } else return { problem: 'give minutes, or at and received_at' };
  return {
    args: { statistics_id: id, milestone, minutes: value, ...(reason ? { reason } : {}) },
  };
}

/** The portal's refusal in words: what it conflicts with, or why it cannot be recorded. */
export function explain(error) {
  const detail = Array.isArray(error.details) ? error.details[0] : undefined;
  const at = (m) => (m === undefined ? '' : ` at ${m} minutes`);
  switch (error.reason) {
    case 'not_found':
      return 'refused: no referral has this statistics_id (not_found)';
    case 'not_picked_up':
      return 'refused: the referral has not been acknowledged yet (not_picked_up)';
    case 'before_arrival':
      return 'refused: before the referral arrived (before_arrival)';
    case 'out_of_order':
      return detail?.path === 'milestone' && detail.milestone !== 'closed'
        ? `refused: ${detail.milestone} must be recorded first (out_of_order)`
        : `refused: out of order with ${detail?.milestone}${at(detail?.minutes)} (out_of_order)`;
    case 'conflict':
      return `refused: ${detail?.milestone} is already recorded${at(detail?.minutes)} (conflict)`;
    case 'already_recorded':
      return `refused: already recorded with ${detail?.path} ${detail?.path === 'reason' ? detail.reason : detail?.minutes} (already_recorded)`;
    case 'invalid_argument':
      return `refused: ${detail?.path} ${detail?.code} (invalid_argument)`;
    default:
      return error.message;
  }
}

/** Record one milestone: `recorded` the first time, `already recorded` on a retry. */
export async function record(portal, args) {
  const { status } = await portal.answer('record_milestone', args);
  return status === 201 ? 'recorded' : 'already recorded';
}

export async function milestone(portal, { statisticsId, milestone, after, minutes, reason }) {
  if (!statisticsId || !milestone || (after === undefined) === (minutes === undefined))
    throw new IntakeError(
      exit.usage,
      'milestone needs an id, a milestone and one of --after or --minutes: milestone STATISTICS-ID contacted --after 30h',
    );
  const value = after === undefined ? minutes : afterMinutes(after);
  if (value === undefined)
    throw new IntakeError(exit.usage, '--after must be like 90m, 30h, 2d or 1d6h');
  const { args, problem } = milestoneArgs({
    statistics_id: statisticsId,
    milestone,
    minutes: value,
    reason,
  });
  if (problem) throw new IntakeError(exit.usage, problem);
  try {
    return `${milestone} ${await record(portal, args)} at ${args.minutes} minutes`;
  } catch (error) {
    if (error instanceof IntakeError && error.code === exit.refused)
      throw new IntakeError(error.code, explain(error), error.reason, error.details);
    throw error;
  }
}
