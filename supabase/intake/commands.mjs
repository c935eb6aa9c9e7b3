// The case system's other commands: acknowledge by hand, chase what is overdue,
// purge what was acknowledged long enough ago, and issue feedback tokens.
import { exit, IntakeError } from './portal.mjs';

const nouns = {
  referral: ['referral', 'referrals'],
  feedback: ['feedback response', 'feedback responses'],
  'adult-feedback': ['grown-up feedback response', 'grown-up feedback responses'],
  'panel-volunteer': ['panel volunteer', 'panel volunteers'],
};
/** A kind of submission in words, one or more. */
export const noun = (kind, n) => (nouns[kind] ?? nouns.feedback)[n === 1 ? 0 : 1];

/** Each kind's acknowledge and overdue functions in the portal's API. */
const calls = {
  referral: { ack: 'acknowledge_referral', overdue: 'list_overdue_referrals' },
  feedback: { ack: 'acknowledge_feedback', overdue: 'list_overdue_feedback' },
  'adult-feedback': { ack: 'acknowledge_adult_feedback', overdue: 'list_overdue_adult_feedback' },
  'panel-volunteer': { ack: 'acknowledge_panel', overdue: 'list_overdue_panel' },
};

export async function ack(portal, { kind, reference, caseId }) {
  if (!reference || !caseId)
    throw new IntakeError(
      exit.usage,
      'ack needs a reference and a case id: ack K7QM-4TXC CMS-1234',
    );
  const result = await portal.call(calls[kind].ack, { reference, case_id: caseId });
  return `${result.reference} acknowledged at ${result.acknowledged_at} as ${caseId}`;
}

/**
 * What has waited `hours` or more without being acknowledged. The portal lists
 * from its own `overdue_after` setting up (24 hours by default; 4 for an urgent
 * referral, listed first); `hours` can only narrow that list.
 */
export async function overdue(portal, { kind, hours }) {
  const listed = await portal.call(calls[kind].overdue);
  const items = listed.filter((item) => item.hours_waiting >= hours);
  const lines = items.map(
    (i) =>
      `${i.reference}  ${(i.priority ?? '').padEnd(7)}  ${i.state.padEnd(13)}  ${i.held ? 'held' : '    '}  received ${i.received_at}  waiting ${i.hours_waiting} h`,
  );
  const summary = items.length
    ? `${items.length} ${noun(kind, items.length)} not acknowledged after ${hours} hours or more`
    : `no ${noun(kind, 2)} waiting ${hours} hours or more`;
  return { items, lines, summary, code: items.length ? exit.overdue : exit.ok };
}

export async function purge(portal) {
  const referrals = await portal.call('purge_acknowledged_referrals');
  const feedback = await portal.call('purge_acknowledged_feedback');
  const adultFeedback = await portal.call('purge_acknowledged_adult_feedback');
  const panel = await portal.call('purge_acknowledged_panel');
  return {
    referrals,
    feedback,
    adultFeedback,
    panel,
    summary:
      `purged ${referrals} ${noun('referral', referrals)}, ${feedback} ${noun('feedback', feedback)}, ` +
      `${adultFeedback} ${noun('adult-feedback', adultFeedback)} and ${panel} ${noun('panel-volunteer', panel)}`,
  };
}

const bands = ['5-10', '11-15', '16-17'];
const languages = ['en', 'pl', 'ur'];

/**
 * A token travels in the link's fragment (`#token=…`, where the survey reads it):
 * browsers never send a fragment to a server or in a Referer header, so it stays
 * out of access logs. English pages have no language prefix; others have `/pl`, `/ur`.
 */
export async function feedbackToken(portal, { caseId, band, lang, site, template }) {
  if (!caseId)
    throw new IntakeError(
      exit.usage,
      'feedback-token needs a case id: feedback-token CMS-1234 --band 11-15',
    );
  if (!bands.includes(band))
    throw new IntakeError(exit.usage, `--band must be one of ${bands.join(', ')}`);
  if (!languages.includes(lang))
    throw new IntakeError(exit.usage, `--lang must be one of ${languages.join(', ')}`);
  const issued = await portal.call('issue_feedback_token', { case_id: caseId });
  const link = template
    .replaceAll('{site}', site.replace(/\/$/, ''))
    .replaceAll('{lang}', lang === 'en' ? '' : `/${lang}`)
    .replaceAll('{band}', band)
    .replaceAll('{token}', issued.token);
  return { token: issued.token, expires_at: issued.expires_at, link };
}
