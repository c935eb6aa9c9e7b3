// Reading a referral back the only way anyone can: as the case system does, with
// the service key, claim → find → acknowledge. Tests run side by side, so claims
// are set to expire at once (tests/support/test-stack.mjs) and whatever another
// test's referral this one claimed is released again for that test to find.
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../../supabase/local/keys.mjs';
import { apiURL } from '../../playwright.config';

export interface CaseDocument {
  reference: string;
  source: string;
  [key: string]: unknown;
}

const caseSystem = () => createClient(apiURL, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } });

/**
 * Every referral whose young person has this (unique, per-test) first name, as the
 * case system receives them. Once one arrives it keeps looking a little longer,
 * so a duplicate from a retry would be caught too.
 */
export async function pullReferrals(firstName: string, { waitMs = 10_000, settleMs = 1_500 } = {}): Promise<CaseDocument[]> {
  const db = caseSystem();
  const found: CaseDocument[] = [];
  let until = Date.now() + waitMs;
  let settled = false;
  while (Date.now() < until) {
    await db.rpc('release_expired_referral_claims');
    const { data, error } = await db.rpc('claim_referrals', { max_count: 100, claimant: 'browser-tests' });
    if (error) throw new Error(`claim failed: ${error.message}`);
    const mine = (data as CaseDocument[]).filter((doc) => (doc.young_person as { first_name?: string } | undefined)?.first_name === firstName);
    for (const doc of mine) {
      const ack = await db.rpc('acknowledge_referral', { reference: doc.reference, case_id: `test-${doc.reference}` });
      if (!ack.error) found.push(doc);
    }
    await db.rpc('release_expired_referral_claims');
    if (found.length && !settled) {
      settled = true;
      until = Date.now() + settleMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return found;
}

/** A first name no other test uses, with text that must survive the trip unchanged. */
export const uniqueName = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)} Zoë 🌟 زینب`;
