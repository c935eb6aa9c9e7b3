// Reading submissions back the only way anyone can: as the case system does, with
// the service key. One reader claims and acknowledges for every test
// (tests/support/case-reader.mjs); a test picks out its own documents. Once one
// arrives it keeps looking a little longer, so a duplicate would be caught too.
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../supabase/local/keys.mjs';
import { apiURL, caseReaderURL } from '../playwright.config';

export type CaseDocument = Record<string, unknown> & { reference: string };
type Kind = 'referrals' | 'feedback';

/** The service-role client, for what a caseworker does besides reading (feedback tokens). */
export const caseSystem = () =>
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
export async function pull(
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
