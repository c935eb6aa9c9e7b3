// The referral payload: one schema per sender, discriminated on `source`, so each
// form asks only what its sender needs. The database function
// `public.submit_referral` enforces exactly these rules again.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { ages, limits } from './limits';
import * as parts from './referral-parts';
import { answered, isRecord, rule } from './rules';

const common = {
  idempotency_key: f.idempotencyKey(),
  age_band: f.choice(c.ageBands),
  language: f.choice(c.languages),
  /** Honeypot: people never see it. Filled in → accepted, nothing stored. */
  website: f.optionalText(limits.honeypot),
  proof: f.proof(),
  what_happened: parts.whatHappenedSchema,
  safety: parts.safetySchema,
  support: parts.supportSchema,
  contact: parts.contactSchema,
  consents: parts.consentsSchema,
};

/** Under-11s are sent to the grown-up route, so a self-referral is 11-15 or 16-17. */
export const youngPersonReferralSchema = f.object({
  source: z.literal('young_person'),
  ...common,
  age_band: f.choice(['11-15', '16-17'] as const),
  young_person: parts.youngPersonSchema(ages.selfReferralMin),
  parent_carer: parts.parentCarerSchema,
});

const parentCarerReferralShape = {
  source: z.literal('parent_carer'),
  ...common,
  young_person: parts.youngPersonSchema(),
  referrer: parts.parentReferrerSchema,
};
/** A 16 or 17 year old is never "too young to understand" what their parent asked for. */
export const parentCarerReferralSchema = f.object(parentCarerReferralShape).check(
  rule(parentCarerReferralShape, ['age_band'], (referral, report) => {
    const referrer = referral.referrer;
    if (
      referral.age_band === '16-17' &&
      isRecord(referrer) &&
      referrer.young_person_agreed === 'too_young'
    )
      report(['referrer', 'young_person_agreed'], 'invalid');
  }),
);

const professionalShape = {
  source: z.literal('professional'),
  ...common,
  young_person: parts.youngPersonSchema(),
  referrer: parts.professionalReferrerSchema,
  parent_carer: parts.parentCarerSchema,
  professional: parts.professionalSchema,
};
/** A professional says why the parent or carer was not told, whatever else is unanswered. */
export const professionalReferralSchema = f.object(professionalShape).check(
  rule(professionalShape, [], (referral, report) => {
    const { parent_carer: family, professional } = referral;
    if (
      isRecord(professional) &&
      isRecord(family) &&
      family.knows === 'no' &&
      !answered(professional.parent_not_told_reason)
    )
      report(['professional', 'parent_not_told_reason'], 'required');
  }),
);

export const referralSchema = z.discriminatedUnion(
  'source',
  [youngPersonReferralSchema, parentCarerReferralSchema, professionalReferralSchema],
  {
    error: (issue) => {
      const input: unknown = issue.input;
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'invalid';
      return (input as { source?: unknown }).source === undefined ? 'required' : 'invalid_choice';
    },
  },
);

/** Each sender's schema, for what a form box takes from its question. */
export const referralSchemas = {
  young_person: youngPersonReferralSchema,
  parent_carer: parentCarerReferralSchema,
  professional: professionalReferralSchema,
};

export type ReferralPayload = z.infer<typeof referralSchema>;
export type YoungPersonReferral = z.infer<typeof youngPersonReferralSchema>;
export type ParentCarerReferral = z.infer<typeof parentCarerReferralSchema>;
export type ProfessionalReferral = z.infer<typeof professionalReferralSchema>;
export type ReferralSource = ReferralPayload['source'];
export type Contact = z.infer<typeof parts.contactSchema>;
export type Consent = z.infer<typeof parts.consentSchema>;
export type YoungPerson = z.infer<ReturnType<typeof parts.youngPersonSchema>>;

export {
  youngPersonSchema,
  whatHappenedSchema,
  safetySchema,
  supportSchema,
  contactSchema,
  safeAdultSchema,
  consentSchema,
  consentsSchema,
  parentCarerSchema,
  parentReferrerSchema,
  professionalReferrerSchema,
  professionalSchema,
} from './referral-parts';
