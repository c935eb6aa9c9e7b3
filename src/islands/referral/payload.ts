// Answers → the referral payload the schema and the database check. Empty optional
// answers are left out; everything else goes exactly as typed. Each section sends
// every question its schema has, as the schema takes it; only the answers a rule
// changes are written here, so a new question is sent without a line here.
import { questionAt } from '../../schemas/constraints';
import { countyFor } from '../../schemas/location';
import { referralSchemas, type ReferralPayload, type ReferralSource } from '../../schemas/referral';
import type { Answers, ContactAnswers } from './answers';
import type { Band } from '../../lib/routes';
import type { Locale } from '../../i18n/locales';

export const NOTICE_VERSION = 'privacy-2026-11';

export interface Context {
  source: ReferralSource;
  band: Band;
  language: Locale;
  key: string;
}

const opt = (text: string) => (text === '' ? undefined : text);
const flag = (answer: 'yes' | 'no' | undefined) =>
  answer === undefined ? undefined : answer === 'yes';
/** Digits become a number; anything else stays as typed so the schema can say what is wrong. */
const age = (text: string): unknown =>
  text === '' ? undefined : /^[0-9]{1,3}$/.test(text) ? Number(text) : text;

/**
 * The questions of the section at `path` in this sender's schema, each as its
 * schema takes it: optional text left out when empty, a yes or no as true or
 * false, anything else as given; `own` for those a rule decides.
 */
function section(
  source: ReferralSource,
  path: string,
  held: object,
  own: Record<string, unknown> = {},
): Record<string, unknown> {
  const schema = referralSchemas[source];
  const def = questionAt(schema, path)?.node._zod.def as { shape?: object } | undefined;
  return Object.fromEntries(
    Object.keys(def?.shape ?? {}).map((key) => {
      if (key in own) return [key, own[key]];
      const value = (held as Record<string, unknown>)[key];
      const question = questionAt(schema, `${path}.${key}`);
      const type = question?.node._zod.def.type;
      if (type === 'string' && !question?.required) return [key, opt(value as string)];
      if (type === 'boolean') return [key, flag(value as 'yes' | 'no' | undefined)];
      return [key, value];
    }),
  );
}

/** Where they live: what was chosen, else what the town or postcode tells us. */
export function county(answers: Answers) {
  return answers.young_person.county ?? countyFor(answers.young_person.area) ?? undefined;
}

const youngPerson = (a: Answers, ctx: Context) =>
  section(ctx.source, 'young_person', a.young_person, {
    age: age(a.young_person.age),
    county: county(a),
  });

export const usesPhone = (c: ContactAnswers) =>
  c.ranked.includes('phone_call') || c.ranked.includes('text_message');
export const usesEmail = (c: ContactAnswers) => c.ranked.includes('email');

/**
 * Only what the person's final choices use is sent: a number typed before they
 * switched to "through a safe adult", or to email only, must not reach the case
 * system, or someone might be phoned who said not to be.
 */
function contact(c: ContactAnswers, ctx: Context, a: Answers) {
  const parent = ctx.source === 'parent_carer';
  const via = parent ? 'direct' : c.via;
  const direct = via === 'direct';
  const phone = direct && usesPhone(c) ? opt(parent ? a.referrer.phone : c.phone) : undefined;
  const email = direct && usesEmail(c) ? opt(parent ? a.referrer.email : c.email) : undefined;
  // Not asked unless we might phone: then the private answer, "no", stands.
  const calls = direct && c.ranked.includes('phone_call');
  return section(ctx.source, 'contact', c, {
    via,
    channels: direct ? c.ranked.filter((slot) => slot !== '') : [],
    phone,
    email,
    voicemail_ok: calls ? flag(c.voicemail_ok) : false,
    say_who_we_are: calls ? flag(c.say_who_we_are) : false,
    safe_days: direct ? c.safe_days : [],
    safe_times: direct ? c.safe_times : [],
    safe_times_note: direct ? opt(c.safe_times_note) : undefined,
    phone_shared: phone ? c.phone_shared : undefined,
    email_shared: email ? c.email_shared : undefined,
    safe_adult:
      via === 'safe_adult' ? section(ctx.source, 'contact.safe_adult', c.safe_adult) : undefined,
    other_language: c.language === 'other' ? opt(c.other_language) : undefined,
  });
}

function consents(a: Answers, ctx: Context) {
  const givenBy =
    ctx.source === 'young_person'
      ? 'young_person'
      : ctx.source === 'parent_carer'
        ? 'parent_carer'
        : 'professional_on_behalf';
  const list = [];
  const at = a.consents.referral;
  // One box covers both: passing the answers to a caseworker, and being contacted as chosen.
  if (at)
    list.push(
      { what: 'referral', given_by: givenBy, given_at: at, notice_version: NOTICE_VERSION },
      { what: 'contact', given_by: givenBy, given_at: at, notice_version: NOTICE_VERSION },
    );
  const share = a.consents.share_information;
  if (share)
    list.push({
      what: 'share_information',
      given_by: givenBy,
      given_at: share,
      notice_version: NOTICE_VERSION,
    });
  return list;
}

const parentCarer = (a: Answers, ctx: Context) =>
  section(ctx.source, 'parent_carer', a.parent_carer, {
    // Only asked once it is safe for them to know; otherwise the private answer, "no",
    // stands, whatever was chosen before the answer changed.
    may_contact: a.parent_carer.safe_to_know === 'yes' ? flag(a.parent_carer.may_contact) : false,
  });

/**
 * The band follows the age given: a grown-up refers a child of any age, and a
 * 16 year old may have come in through the 11 to 15 pages.
 */
export function bandFor(a: Answers, ctx: Pick<Context, 'source' | 'band'>): Context['band'] {
  const years = Number(a.young_person.age);
  if (!/^[0-9]{1,2}$/.test(a.young_person.age)) return ctx.band;
  if (ctx.source === 'young_person' && (years < 11 || years > 17)) return ctx.band;
  return years <= 10 ? '5-10' : years <= 15 ? '11-15' : '16-17';
}

/** The payload to validate and send. Typed loosely on purpose: the schema decides. */
export function toPayload(a: Answers, ctx: Context): ReferralPayload {
  const wh = a.what_happened;
  const olderBand = bandFor(a, ctx) === '16-17';
  const base = {
    idempotency_key: ctx.key,
    source: ctx.source,
    age_band: bandFor(a, ctx),
    language: ctx.language,
    website: opt(a.website),
    young_person: youngPerson(a, ctx),
    what_happened: section(ctx.source, 'what_happened', wh, {
      // Only offered at 16 or 17: a tick left behind after the age changed is not sent.
      categories: wh.categories.filter((c) => c !== 'relationship_abuse' || olderBand),
      crime_reference: wh.reported_to_police === 'yes' ? opt(wh.crime_reference) : undefined,
    }),
    safety: section(ctx.source, 'safety', a.safety),
    support: section(ctx.source, 'support', a.support),
    contact: contact(a.contact, ctx, a),
    consents: consents(a, ctx),
  };
  const r = a.referrer;
  const extra =
    ctx.source === 'young_person'
      ? { parent_carer: parentCarer(a, ctx) }
      : ctx.source === 'parent_carer'
        ? {
            referrer: section(ctx.source, 'referrer', r, {
              // Not offered at 16 or 17: a choice left from a younger age is asked again.
              young_person_agreed:
                r.young_person_agreed === 'too_young' && olderBand
                  ? undefined
                  : r.young_person_agreed,
            }),
          }
        : {
            referrer: section(ctx.source, 'referrer', r),
            parent_carer: parentCarer(a, ctx),
            professional: section(ctx.source, 'professional', a.professional, {
              parent_not_told_reason:
                a.parent_carer.knows === 'no'
                  ? opt(a.professional.parent_not_told_reason)
                  : undefined,
            }),
          };
  return JSON.parse(JSON.stringify({ ...base, ...extra })) as ReferralPayload;
}
