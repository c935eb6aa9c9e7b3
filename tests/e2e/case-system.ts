// Reading submissions back the only way anyone can: as the case system does, with
// the service key, claim → pick out this test's own → acknowledge. Tests run side
// by side, so claims expire at once (tests/support/test-stack.mjs) and whatever
// belongs to another test is released again for that test to find. Once one
// arrives it keeps looking a little longer, so a duplicate would be caught too.
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../supabase/local/keys.mjs';
import { apiURL } from '../playwright.config';

export type CaseDocument = Record<string, unknown> & { reference: string };
type Kind = 'referral' | 'feedback';

export const caseSystem = () => createClient(apiURL, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } });

const fns = {
  referral: { claim: 'claim_referrals', ack: 'acknowledge_referral', release: 'release_expired_referral_claims' },
  feedback: { claim: 'claim_feedback', ack: 'acknowledge_feedback', release: 'release_expired_feedback_claims' },
} as const;

export async function pull(kind: Kind, mine: (doc: CaseDocument) => boolean, { waitMs = 10_000, settleMs = 1_500 } = {}): Promise<CaseDocument[]> {
  const db = caseSystem();
  const fn = fns[kind];
  const found: CaseDocument[] = [];
  let until = Date.now() + waitMs;
  let settled = false;
  while (Date.now() < until) {
    await db.rpc(fn.release);
    const { data, error } = await db.rpc(fn.claim, { max_count: 100, claimant: 'browser-tests' });
    if (error) throw new Error(`claim failed: ${error.message}`);
    for (const doc of (data as CaseDocument[]).filter(mine)) {
      const ack = await db.rpc(fn.ack, { reference: doc.reference, case_id: `test-${doc.reference}` });
      if (!ack.error) found.push(doc);
    }
    await db.rpc(fn.release);
    if (found.length && !settled) {
      settled = true;
      until = Date.now() + settleMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return found;
}
