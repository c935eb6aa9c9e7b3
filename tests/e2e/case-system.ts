// Reading submissions back the only way anyone can: as the case system does, with
// the service key. One reader claims and acknowledges for every test
// (tests/support/case-reader.mjs); a test picks out its own documents. Once one
// arrives it keeps looking a little longer, so a duplicate would be caught too.
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../supabase/local/keys.mjs';
import { apiURL, caseReaderURL } from '../playwright.config';

export type CaseDocument = Record<string, unknown> & { reference: string };
type Kind = 'referrals' | 'feedback' | 'adult-feedback' | 'panel';

/** The service-role client, for what a caseworker does besides reading (feedback tokens). */
const caseSystem = () =>
  createClient(apiURL, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } });

async function received(kind: Kind): Promise<CaseDocument[]> {
  const response = await fetch(`${caseReaderURL}/${kind}`);
  if (!response.ok)
    throw new Error(`case-system reader: ${response.status} ${await response.text()}`);
  return (await response.json()) as CaseDocument[];
}

/**
 * Every document of this kind that `mine` picks out. Waits up to `waitMs` for the
 * first, then `settleMs` more for any duplicate. A test that expects none calls it
 * after the page has its answer, so anything stored has been stored by then.
 */
async function pull(
  kind: Kind,
  mine: (doc: CaseDocument) => boolean,
  { waitMs = 10_000, settleMs = 1_000 } = {},
): Promise<CaseDocument[]> {
  let until = Date.now() + waitMs;
  let settling = false;
  for (;;) {
    const found = (await received(kind)).filter(mine);
    if (found.length && !settling) {
      settling = true;
      until = Date.now() + settleMs;
    }
    if (Date.now() >= until) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type PullOptions = { waitMs?: number; settleMs?: number };

/** Every referral whose young person has this (unique, per-test) first name. */
export const pullReferrals = (firstName: string, options?: PullOptions) =>
  pull(
    'referrals',
    (doc) => (doc.young_person as { first_name?: string } | undefined)?.first_name === firstName,
    options,
  );

/** A first name no other test uses, with text that must survive the trip unchanged. */
export const uniqueName = (label: string) =>
  `${label} ${Math.random().toString(36).slice(2, 8)} Zoë 🌟 زینب`;

/** Every feedback document whose comment is `comment`. */
export const pullFeedback = (comment: string, options?: PullOptions) =>
  pull(
    'feedback',
    (doc) => (doc.answers as { comment?: string } | undefined)?.comment === comment,
    options,
  );

/** Every grown-ups' survey answer whose comment is `comment`. */
export const pullAdultFeedback = (comment: string, options?: PullOptions) =>
  pull(
    'adult-feedback',
    (doc) => (doc.answers as { comment?: string } | undefined)?.comment === comment,
    options,
  );

/** Every offer to join the panel from this (unique, per-test) first name. */
export const pullPanel = (firstName: string, options?: PullOptions) =>
  pull('panel', (doc) => doc.first_name === firstName, options);

/** A feedback token as a caseworker gets one: with the service key, never the portal's. */
export async function issueToken(caseId: string): Promise<string> {
  const { data, error } = await caseSystem().rpc('issue_feedback_token', { case_id: caseId });
  if (error) throw new Error(error.message);
  return (data as { token: string }).token;
}
