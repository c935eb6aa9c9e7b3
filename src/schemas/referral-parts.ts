// The sections of a referral, one schema per form step, so a step can be checked
// on its own before the whole payload is sent.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { ages, limits } from './limits';
import { ageOn, isoDate as isoDatePattern, notBlank, noticeVersion } from './patterns';

type Ctx = { issues: { push(issue: object): void }; value: unknown };
const issue = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.issues.push({ code: 'custom', input: ctx.value, path, message });

/** Age or date of birth (at least one), each within `minAge`..17. */
export function youngPersonSchema(minAge: number = ages.min) {
  return f
    .object({
      first_name: f.text(limits.firstName),
      preferred_name: f.optionalText(limits.preferredName),
      pronouns: f.optionalText(limits.pronouns),
      age: z.optional(f.int(minAge, ages.max)),
      date_of_birth: z.optional(f.isoDate()),
      county: f.choice(c.counties),
      area: f.text(limits.area),
      school: f.optionalText(limits.school),
    })
    .check(
      z.superRefine((yp, ctx) => {
        if (yp.age === undefined && yp.date_of_birth === undefined) issue(ctx, ['age'], 'required');
        const dob = yp.date_of_birth;
        if (dob !== undefined && isoDatePattern.test(dob)) {
          const age = ageOn(dob);
          if (age < minAge || age > ages.max) issue(ctx, ['date_of_birth'], 'out_of_range');
        }
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

export const safeAdultSchema = f
  .object({
    name: f.text(limits.personName),
    relationship: f.text(limits.relationship),
    phone: z.optional(f.phone(limits.phone)),
    email: z.optional(f.email(limits.email)),
  })
  .check(
    z.superRefine((adult, ctx) => {
      if (adult.phone === undefined && adult.email === undefined) issue(ctx, ['phone'], 'required');
    }),
  );

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
export const contactSchema = f
  .object({
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
  })
  .check(
    z.superRefine((contact, ctx) => {
      const direct = contact.via === 'direct';
      const byPhone =
        direct &&
        (contact.channels.includes('phone_call') || contact.channels.includes('text_message'));
      const byEmail = direct && contact.channels.includes('email');
      const calls = direct && contact.channels.includes('phone_call');
      if (direct && contact.channels.length === 0) issue(ctx, ['channels'], 'required');
      if (!direct && contact.channels.length > 0) issue(ctx, ['channels'], 'invalid');
      if (byPhone && contact.phone === undefined) issue(ctx, ['phone'], 'required');
      if (byEmail && contact.email === undefined) issue(ctx, ['email'], 'required');
      if (!byPhone)
        for (const key of ['phone', 'phone_shared'] as const)
          if (contact[key] !== undefined) issue(ctx, [key], 'invalid');
      if (!byEmail)
        for (const key of ['email', 'email_shared'] as const)
          if (contact[key] !== undefined) issue(ctx, [key], 'invalid');
      if (!calls)
        for (const key of ['voicemail_ok', 'say_who_we_are'] as const)
          if (contact[key]) issue(ctx, [key], 'invalid');
      if (contact.via === 'safe_adult' && contact.safe_adult === undefined)
        issue(ctx, ['safe_adult'], 'required');
      if (contact.language === 'other' && !notBlank.test(contact.other_language ?? ''))
        issue(ctx, ['other_language'], 'required');
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

export const parentCarerSchema = f.object({
  knows: f.choice(c.yesNoNotSure),
  safe_to_know: f.choice(c.yesNoNotSure),
  may_contact: f.flag(),
});

/** The parent or carer's own details: at least one way to reach them. */
export const parentReferrerSchema = f
  .object({
    name: f.text(limits.personName),
    relationship: f.choice(c.parentRelationships),
    young_person_agreed: f.choice(c.childAgreement),
    phone: z.optional(f.phone(limits.phone)),
    email: z.optional(f.email(limits.email)),
  })
  .check(
    z.superRefine((referrer, ctx) => {
      if (referrer.phone === undefined && referrer.email === undefined)
        issue(ctx, ['phone'], 'required');
    }),
  );

export const professionalReferrerSchema = f.object({
  name: f.text(limits.personName),
  role: f.text(limits.jobRole),
  organisation: f.text(limits.organisation),
  email: f.email(limits.email),
  phone: f.phone(limits.phone),
});

export const professionalSchema = f.object({
  young_person_agreed: z.literal(true, { error: () => 'required' }),
  parent_not_told_reason: f.optionalText(limits.parentNotToldReason),
  safeguarding_lead_told: f.choice(c.yesNo),
  safeguarding_referral_made: f.choice(c.yesNoNotSure),
});
