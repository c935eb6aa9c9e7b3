// Referrals as the case system receives them (see ../case-system.ts).
import { pull, type CaseDocument } from '../case-system';

/** Every referral whose young person has this (unique, per-test) first name. */
export const pullReferrals = (
  firstName: string,
  options?: { waitMs?: number; settleMs?: number },
): Promise<CaseDocument[]> =>
  pull(
    'referrals',
    (doc) => (doc.young_person as { first_name?: string } | undefined)?.first_name === firstName,
    options,
  );

/** A first name no other test uses, with text that must survive the trip unchanged. */
export const uniqueName = (label: string) =>
  `${label} ${Math.random().toString(36).slice(2, 8)} Zoë 🌟 زینب`;
