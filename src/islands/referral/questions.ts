// Every question of the referral journeys, declared once, under the step that
// asks it and in the order it is asked: its path in the payload (src/schemas),
// the control it is asked with, and how its words' keys differ from the path's
// (declaration.ts). A journey asks the questions its schema has. Its error
// messages, its row in check your answers and its box's id follow from this.
import type { Band } from '../../lib/routes';
import type { AnswerPath } from './answers';
import type { Question, StepId } from './declaration';

type Declared = Partial<Record<AnswerPath | 'contact.channels', Question>>;

const noYes = ['no', 'yes'] as const;
/** Abuse in their own relationship is asked about for 16 and 17 year olds only. */
const olderOnly = (value: string, band: Band) => value !== 'relationship_abuse' || band === '16-17';
/** A 16 or 17 year old is old enough to understand; the schema refuses it too. */
const notOlder = (value: string, band: Band) => value !== 'too_young' || band !== '16-17';

export const declared = {
  youngPerson: {
    'young_person.first_name': { kind: 'text', label: 'who' },
    'young_person.preferred_name': { kind: 'text', label: 'voice', hint: 'hint', optional: true },
    'young_person.pronouns': { kind: 'text', label: 'voice', hint: 'hint', optional: true },
    'young_person.age': {
      kind: 'number',
      label: 'voice',
      hint: 'hint',
      width: 'short',
      maxLength: 3,
      required: true,
      errors: 'ageAny',
      per: { young_person: { errors: 'age' } },
    },
    'young_person.area': { kind: 'text', label: 'voice', hint: 'hint' },
    'young_person.county': { kind: 'radios', label: 'voice' },
    'young_person.school': { kind: 'text', label: 'voice', optional: true },
  },
  whatHappened: {
    'what_happened.categories': {
      kind: 'checkboxes',
      label: 'voice',
      hint: 'hint',
      options: 'category',
      offer: olderOnly,
    },
    'what_happened.involvement': { kind: 'radios', label: 'voice' },
    'what_happened.when': { kind: 'radios' },
    'what_happened.reported_to_police': {
      kind: 'radios',
      words: 'police',
      hint: 'hint',
      inline: true,
    },
    'what_happened.crime_reference': {
      kind: 'text',
      optional: true,
      shown: (a) => a.what_happened.reported_to_police === 'yes',
    },
    'what_happened.details': { kind: 'textarea', label: 'voice', hint: 'hint', optional: true },
  },
  safety: {
    'safety.safe_now': { kind: 'radios', label: 'voice', inline: true },
    'safety.harmer_lives_with_them': {
      kind: 'radios',
      words: 'livesWith',
      label: 'voice',
      hint: 'hint',
    },
    'professional.safeguarding_lead_told': {
      kind: 'radios',
      words: 'pro.safeguardingLead',
      options: '',
      inline: true,
    },
    'professional.safeguarding_referral_made': {
      kind: 'radios',
      words: 'pro.safeguardingReferral',
      options: '',
      inline: true,
    },
  },
  support: {
    'support.wanted': { kind: 'checkboxes', label: 'voice' },
    'support.details': { kind: 'textarea', words: 'supportDetails', optional: true },
  },
  referrer: {
    'referrer.name': { kind: 'text', words: 'referrer.name', autoComplete: 'name' },
    'referrer.relationship': {
      kind: 'radios',
      words: 'referrer.relationship',
      options: 'relationship',
    },
    'referrer.young_person_agreed': {
      kind: 'radios',
      words: 'referrer.agreed',
      options: 'agreed',
      offer: notOlder,
    },
    'referrer.role': { kind: 'text', words: 'referrer.role', autoComplete: 'organization-title' },
    'referrer.organisation': {
      kind: 'text',
      words: 'referrer.organisation',
      autoComplete: 'organization',
    },
    'referrer.organisation_type': {
      kind: 'radios',
      words: 'referrer.organisationType',
      options: 'organisationType',
    },
    'referrer.phone': {
      kind: 'text',
      label: 'phone.other',
      hint: 'phone.hint',
      errors: 'parentPhone',
      per: {
        professional: {
          label: 'referrer.workPhone',
          row: 'phone.other',
          errors: 'workPhone',
          autoComplete: 'work tel',
        },
      },
    },
    'referrer.email': {
      kind: 'text',
      label: 'email.other',
      errors: 'parentEmail',
      per: {
        professional: {
          label: 'referrer.workEmail',
          row: 'email.other',
          errors: 'workEmail',
          autoComplete: 'work email',
          before: 'referrer.phone',
        },
      },
    },
  },
  contact: {
    'contact.via': { kind: 'radios', label: 'voice', hint: 'why' },
    'contact.channels': {
      kind: 'select',
      label: 'channel.first',
      hint: 'channel.why',
      options: 'channel',
    },
    'contact.phone': { kind: 'text', label: 'phone.self', hint: 'hint' },
    'contact.email': { kind: 'text', label: 'email.self' },
    'contact.phone_shared': { kind: 'radios', hint: 'why', options: 'shared', inline: true },
    'contact.email_shared': { kind: 'radios', hint: 'why', options: 'shared', inline: true },
    'contact.voicemail_ok': { kind: 'radios', words: 'voicemail', hint: 'why', values: noYes },
    'contact.say_who_we_are': { kind: 'radios', words: 'sayWho', hint: 'why', values: noYes },
    'contact.safe_adult': { kind: 'group', label: 'voice', hint: 'why', row: false },
    'contact.safe_adult.name': { kind: 'text', words: 'safeAdult.name' },
    'contact.safe_adult.relationship': {
      kind: 'text',
      words: 'safeAdult.relationship',
      label: 'voice',
      hint: 'hint',
    },
    'contact.safe_adult.phone': { kind: 'text', words: 'safeAdult.phone', hint: 'phone.hint' },
    'contact.safe_adult.email': { kind: 'text', words: 'safeAdult.email' },
    'contact.safe_days': { kind: 'checkboxes', hint: 'why', options: 'day', optional: true },
    'contact.safe_times': { kind: 'checkboxes', hint: 'why', options: 'time', optional: true },
    'contact.safe_times_note': { kind: 'text', hint: 'hint', optional: true, width: 'full' },
    'contact.language': { kind: 'radios', hint: 'why' },
    'contact.other_language': { kind: 'text', shown: (a) => a.contact.language === 'other' },
    'contact.interpreter': { kind: 'radios', hint: 'why', values: noYes },
    'contact.access_needs': { kind: 'textarea', hint: 'hint', optional: true },
  },
  // Asked of a young person on a step of their own, and of a professional with
  // their agreement; a parent's own consent ends the contact step.
  family: {
    'professional.young_person_agreed': {
      kind: 'tick',
      words: 'pro.agreed',
      label: 'pro.agreed.legend',
      row: false,
      step: { professional: 'consent' },
    },
    'parent_carer.knows': {
      kind: 'radios',
      words: 'family.knows',
      label: 'voice',
      inline: true,
      step: { young_person: 'family', professional: 'consent' },
    },
    'parent_carer.safe_to_know': {
      kind: 'radios',
      words: 'family.safeToKnow',
      label: 'voice',
      options: 'family.knows',
      inline: true,
      per: { young_person: { hint: 'why' } },
      step: { young_person: 'family', professional: 'consent' },
    },
    // Asked only once it is safe for them to know: a child who said it is not (or
    // is not sure) is never asked whether we may contact that parent.
    'parent_carer.may_contact': {
      kind: 'radios',
      words: 'family.mayContact',
      label: 'voice',
      values: ['yes', 'no'],
      shown: (a) => a.parent_carer.safe_to_know === 'yes',
      step: { young_person: 'family', professional: 'consent' },
    },
    'professional.parent_not_told_reason': {
      kind: 'textarea',
      words: 'pro.parentNotToldReason',
      hint: 'hint',
      shown: (a) => a.parent_carer.knows === 'no',
      step: { professional: 'consent' },
    },
    consents: {
      kind: 'tick',
      words: 'consent',
      label: 'consent.legend',
      row: false,
      step: { young_person: 'family', parent_carer: 'contact', professional: 'consent' },
    },
  },
} satisfies Partial<Record<StepId, Declared>>;

type Groups = typeof declared;
export type Path = { [S in keyof Groups]: keyof Groups[S] & string }[keyof Groups];
