// The sections of a referral, one schema per form step, so a step can be checked
// on its own before the whole payload is sent.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { ages, limits } from './limits';
import { ageOn, noticeVersion } from './patterns';
import { answered, rule } from './rules';

/** Age or date of birth (at least one), each within `minAge`..17. */
export function youngPersonSchema(minAge: number = ages.min) {
  const shape = {
    first_name: f.text(limits.firstName),
    preferred_name: f.optionalText(limits.preferredName),
    pronouns: f.optionalText(limits.pronouns),
    age: z.optional(f.int(minAge, ages.max)),
    date_of_birth: z.optional(f.isoDate()),
    county: f.choice(c.counties),
    area: f.text(limits.area),
    school: f.optionalText(limits.school),
  };
  return f.object(shape).check(
    rule(shape, ['age', 'date_of_birth'], (yp, report) => {
      if (yp.age === undefined && yp.date_of_birth === undefined) report(['age'], 'required');
      const age = yp.date_of_birth === undefined ? undefined : ageOn(yp.date_of_birth);
      if (age !== undefined && (age < minAge || age > ages.max))
        report(['date_of_birth'], 'out_of_range');
    }),
  );
}

export const whatHappenedSchema = f.object({
  categories: f.choices(c.harmCategories, 1),
  involvement: f.choice(c.involvements),
  when: f.choice(c.happenedWhen),
  details: f.optionalText(limits.details),
  reported_to_police: f.choice(c.yesNoNotSure),
  crime_reference: f.optionalText(limits.crimeReference),
});

export const safetySchema = f.object({
  safe_now: f.choice(c.yesNoNotSure),
  harmer_lives_with_them: f.choice(c.livesWith),
});

export const supportSchema = f.object({
  wanted: f.choices(c.supportKinds, 1),
  details: f.optionalText(limits.supportDetails),
});

/** At least one way to reach someone: a phone number or an email address. */
const phoneOrEmail = <S extends { phone: z.ZodMiniType; email: z.ZodMiniType }>(shape: S) =>
  rule(shape, [], (person, report) => {
    if (person.phone === undefined && person.email === undefined) report(['phone'], 'required');
  });

const safeAdultShape = {
  name: f.text(limits.personName),
  relationship: f.text(limits.relationship),
  phone: z.optional(f.phone(limits.phone)),
  email: z.optional(f.email(limits.email)),
};
export const safeAdultSchema = f.object(safeAdultShape).check(phoneOrEmail(safeAdultShape));

/**
 * How it is safe to get in touch. Nothing the person moved away from may be kept,
 * or someone could be contacted in a way they said was unsafe:
 * - `via: 'direct'` needs at least one channel, and each channel its phone number
 *   or email address; a number (and whether it is shared) only with a phone or
 *   text channel, an address only with the email channel, and voicemail or saying
 *   who we are only with a phone call;
 * - through a safe adult or school: no channels, no phone number or email address
 *   (nor whether they are shared), no voicemail, no saying who we are.
 * A parent or carer's referral is `direct` with the parent's own number or address,
 * under the same rules.
 */
const contactShape = {
  via: f.choice(c.contactVia),
  channels: f.choices(c.channels),
  phone: z.optional(f.phone(limits.phone)),
  email: z.optional(f.email(limits.email)),
  voicemail_ok: f.flag(),
  say_who_we_are: f.flag(),
  safe_days: f.choices(c.days),
  safe_times: f.choices(c.timesOfDay),
  safe_times_note: f.optionalText(limits.safeTimesNote),
  phone_shared: z.optional(f.choice(c.yesNoNotSure)),
  email_shared: z.optional(f.choice(c.yesNoNotSure)),
  safe_adult: z.optional(safeAdultSchema),
  language: f.choice(c.contactLanguages),
  other_language: f.optionalText(limits.otherLanguage),
  interpreter: f.flag(),
  access_needs: f.optionalText(limits.accessNeeds),
};
export const contactSchema = f.object(contactShape).check(
  rule(contactShape, ['via', 'channels'], (contact, report) => {
    const direct = contact.via === 'direct';
    const byPhone =
      direct &&
      (contact.channels.includes('phone_call') || contact.channels.includes('text_message'));
    const byEmail = direct && contact.channels.includes('email');
    const calls = direct && contact.channels.includes('phone_call');
    if (direct && contact.channels.length === 0) report(['channels'], 'required');
    if (!direct && contact.channels.length > 0) report(['channels'], 'invalid');
    if (byPhone && contact.phone === undefined) report(['phone'], 'required');
    if (byEmail && contact.email === undefined) report(['email'], 'required');
    if (!byPhone)
      for (const key of ['phone', 'phone_shared'] as const)
        if (contact[key] !== undefined) report([key], 'invalid');
    if (!byEmail)
      for (const key of ['email', 'email_shared'] as const)
        if (contact[key] !== undefined) report([key], 'invalid');
    if (!calls)
      for (const key of ['voicemail_ok', 'say_who_we_are'] as const)
        if (contact[key] === true) report([key], 'invalid');
  }),
  rule(contactShape, ['via'], (contact, report) => {
    if (contact.via === 'safe_adult' && contact.safe_adult === undefined)
      report(['safe_adult'], 'required');
  }),
  rule(contactShape, ['language'], (contact, report) => {
    if (contact.language === 'other' && !answered(contact.other_language))
      report(['other_language'], 'required');
  }),
);

export const consentSchema = f.object({
  what: f.choice(c.consentKinds),
  given_by: f.choice(c.consentGivers),
  given_at: f.isoInstant(),
  notice_version: f.pattern(noticeVersion),
});

/** At least the consent to be referred, each with who gave it, when, and the notice shown. */
export const consentsSchema = z
  .array(consentSchema, { error: (i) => (i.input === undefined ? 'required' : 'invalid') })
  .check(
    z.minLength(1, { error: 'required' }),
    z.maxLength(limits.consents, { error: 'too_many' }),
    z.refine((list) => list.some((consent) => consent.what === 'referral'), { error: 'required' }),
  );

const parentCarerShape = {
  knows: f.choice(c.yesNoNotSure),
  safe_to_know: f.choice(c.yesNoNotSure),
  may_contact: f.flag(),
};
/**
 * Whether the parents or carers know, whether it is safe for them to know, and
 * whether we may talk to them. A parent or carer it may not be safe to tell (or
 * the child is not sure) is never contacted, whatever else was answered.
 */
export const parentCarerSchema = f.object(parentCarerShape).check(
  rule(parentCarerShape, ['safe_to_know'], (family, report) => {
    if (family.safe_to_know !== 'yes' && family.may_contact === true)
      report(['may_contact'], 'invalid');
  }),
);

/** The parent or carer's own details: at least one way to reach them. */
const parentReferrerShape = {
  name: f.text(limits.personName),
  relationship: f.choice(c.parentRelationships),
  young_person_agreed: f.choice(c.childAgreement),
  phone: z.optional(f.phone(limits.phone)),
  email: z.optional(f.email(limits.email)),
};
export const parentReferrerSchema = f
  .object(parentReferrerShape)
  .check(phoneOrEmail(parentReferrerShape));

export const professionalReferrerSchema = f.object({
  name: f.text(limits.personName),
  role: f.text(limits.jobRole),
  organisation: f.text(limits.organisation),
  organisation_type: f.choice(c.organisationTypes),
  email: f.email(limits.email),
  phone: f.phone(limits.phone),
});

export const professionalSchema = f.object({
  young_person_agreed: z.literal(true, { error: () => 'required' }),
  parent_not_told_reason: f.optionalText(limits.parentNotToldReason),
  safeguarding_lead_told: f.choice(c.yesNo),
  safeguarding_referral_made: f.choice(c.yesNoNotSure),
});
