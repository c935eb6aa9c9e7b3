// Feedback as the case system receives it, and feedback tokens as a caseworker
// gets them: both with the service key, never from the portal.
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../../supabase/local/keys.mjs';
import { apiURL } from '../../playwright.config';

const caseSystem = () => createClient(apiURL, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } });

export async function issueToken(caseId: string): Promise<string> {
  const { data, error } = await caseSystem().rpc('issue_feedback_token', { case_id: caseId });
  if (error) throw new Error(error.message);
  return (data as { token: string }).token;
}

/** Every feedback document whose comment is `comment`, acknowledged as it is read. */
export async function pullFeedback(comment: string, { waitMs = 10_000, settleMs = 1_500 } = {}): Promise<Record<string, unknown>[]> {
  const db = caseSystem();
  const found: Record<string, unknown>[] = [];
  let until = Date.now() + waitMs;
  let settled = false;
  while (Date.now() < until) {
    await db.rpc('release_expired_feedback_claims');
    const { data, error } = await db.rpc('claim_feedback', { max_count: 100, claimant: 'browser-tests' });
    if (error) throw new Error(`claim failed: ${error.message}`);
    for (const doc of data as Record<string, unknown>[]) {
      if ((doc.answers as { comment?: string } | undefined)?.comment !== comment) continue;
      const ack = await db.rpc('acknowledge_feedback', { reference: doc.reference, case_id: `test-${String(doc.reference)}` });
      if (!ack.error) found.push(doc);
    }
    await db.rpc('release_expired_feedback_claims');
    if (found.length && !settled) {
      settled = true;
      until = Date.now() + settleMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return found;
}
