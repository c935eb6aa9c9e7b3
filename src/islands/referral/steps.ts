// The steps of each journey, one topic per step, and the questions on each in the
// order they appear: the error summary lists problems in that order, and check
// your answers sends "Change" back to the right step.
import { limits, type ReferralSource } from '../../schemas';
import type { ReferralKey } from '../messages';

export type StepId =
  | 'youngPerson'
  | 'whatHappened'
  | 'safety'
  | 'support'
  | 'contact'
  | 'family'
  | 'referrer'
  | 'consent';

export interface FieldDef {
  path: string;
  /** Radios and checkboxes: errors link to the first option. */
  choice?: boolean;
  /** `error.<errorKey>.<code>` overrides the generic message for this field. */
  errorKey?: string;
  max?: number;
}

export interface StepDef {
  id: StepId;
  title: ReferralKey;
  fields: FieldDef[];
}

const yp = (source: ReferralSource): StepDef => ({
  id: 'youngPerson',
  title:
    source === 'young_person'
      ? 'step.youngPerson.self'
      : source === 'parent_carer'
        ? 'step.youngPerson.parent'
        : 'step.youngPerson.pro',
  fields: [
    { path: 'young_person.first_name', errorKey: 'firstName', max: limits.firstName },
    { path: 'young_person.preferred_name', max: limits.preferredName },
    { path: 'young_person.pronouns', max: limits.pronouns },
    { path: 'young_person.age', errorKey: source === 'young_person' ? 'age' : 'ageAny' },
    { path: 'young_person.area', errorKey: 'area', max: limits.area },
    { path: 'young_person.county', choice: true, errorKey: 'county' },
    { path: 'young_person.school', max: limits.school },
  ],
});

const whatHappened: StepDef = {
  id: 'whatHappened',
  title: 'step.whatHappened',
  fields: [
    { path: 'what_happened.categories', choice: true, errorKey: 'categories' },
    { path: 'what_happened.involvement', choice: true, errorKey: 'involvement' },
    { path: 'what_happened.when', choice: true, errorKey: 'when' },
    { path: 'what_happened.reported_to_police', choice: true, errorKey: 'police' },
    { path: 'what_happened.crime_reference', max: limits.crimeReference },
    { path: 'what_happened.details', max: limits.details },
  ],
};

const safetyFields: FieldDef[] = [
  { path: 'safety.safe_now', choice: true, errorKey: 'safeNow' },
  { path: 'safety.harmer_lives_with_them', choice: true, errorKey: 'livesWith' },
];

const support: StepDef = {
  id: 'support',
  title: 'step.support',
  fields: [
    { path: 'support.wanted', choice: true, errorKey: 'wanted' },
    { path: 'support.details', max: limits.supportDetails },
  ],
};

export const contactFields: FieldDef[] = [
  { path: 'contact.via', choice: true, errorKey: 'via' },
  { path: 'contact.channels', errorKey: 'channels' },
  { path: 'contact.phone', errorKey: 'phone', max: limits.phone },
  { path: 'contact.email', errorKey: 'email', max: limits.email },
  { path: 'contact.phone_shared', choice: true, errorKey: 'safeguarding' },
  { path: 'contact.email_shared', choice: true, errorKey: 'safeguarding' },
  { path: 'contact.voicemail_ok', choice: true, errorKey: 'voicemail' },
  { path: 'contact.say_who_we_are', choice: true, errorKey: 'sayWho' },
  { path: 'contact.safe_adult', errorKey: 'safeAdult' },
  { path: 'contact.safe_adult.name', errorKey: 'safeAdultName', max: limits.personName },
  {
    path: 'contact.safe_adult.relationship',
    errorKey: 'safeAdultRelationship',
    max: limits.relationship,
  },
  { path: 'contact.safe_adult.phone', errorKey: 'safeAdultPhone', max: limits.phone },
  { path: 'contact.safe_adult.email', errorKey: 'email', max: limits.email },
  { path: 'contact.safe_days', choice: true },
  { path: 'contact.safe_times', choice: true },
  { path: 'contact.safe_times_note', max: limits.safeTimesNote },
  { path: 'contact.language', choice: true, errorKey: 'language' },
  { path: 'contact.other_language', errorKey: 'otherLanguage', max: limits.otherLanguage },
  { path: 'contact.interpreter', choice: true, errorKey: 'interpreter' },
  { path: 'contact.access_needs', max: limits.accessNeeds },
];

const familyFields: FieldDef[] = [
  { path: 'parent_carer.knows', choice: true, errorKey: 'family' },
  { path: 'parent_carer.safe_to_know', choice: true, errorKey: 'family' },
  { path: 'parent_carer.may_contact', choice: true, errorKey: 'family' },
];

const consentField: FieldDef = { path: 'consents', choice: true, errorKey: 'consent' };

const contactStep = (title: ReferralKey): StepDef => ({
  id: 'contact',
  title,
  fields: contactFields,
});

export function stepsFor(source: ReferralSource): StepDef[] {
  if (source === 'young_person') {
    return [
      yp(source),
      whatHappened,
      { id: 'safety', title: 'step.safety', fields: safetyFields },
      support,
      contactStep('step.contact.self'),
      { id: 'family', title: 'step.family.self', fields: [...familyFields, consentField] },
    ];
  }
  if (source === 'parent_carer') {
    const list: StepDef[] = [
      yp(source),
      whatHappened,
      { id: 'safety', title: 'step.safety', fields: safetyFields },
      support,
      {
        id: 'referrer',
        title: 'step.referrer.parent',
        fields: [
          { path: 'referrer.name', errorKey: 'referrerName', max: limits.personName },
          { path: 'referrer.relationship', choice: true, errorKey: 'relationship' },
          { path: 'referrer.young_person_agreed', choice: true, errorKey: 'agreed' },
          { path: 'referrer.phone', errorKey: 'parentPhone', max: limits.phone },
          { path: 'referrer.email', errorKey: 'email', max: limits.email },
        ],
      },
      contactStep('step.contact.parent'),
    ];
    return list.map((step, i) =>
      i === list.length - 1 ? { ...step, fields: [...step.fields, consentField] } : step,
    );
  }
  return [
    {
      id: 'referrer',
      title: 'step.referrer.pro',
      fields: [
        { path: 'referrer.name', errorKey: 'referrerName', max: limits.personName },
        { path: 'referrer.role', errorKey: 'role', max: limits.jobRole },
        { path: 'referrer.organisation', errorKey: 'organisation', max: limits.organisation },
        { path: 'referrer.email', errorKey: 'workEmail', max: limits.email },
        { path: 'referrer.phone', errorKey: 'workPhone', max: limits.phone },
      ],
    },
    yp(source),
    whatHappened,
    {
      id: 'safety',
      title: 'step.safety',
      fields: [
        ...safetyFields,
        {
          path: 'professional.safeguarding_lead_told',
          choice: true,
          errorKey: 'safeguarding',
        },
        {
          path: 'professional.safeguarding_referral_made',
          choice: true,
          errorKey: 'safeguarding',
        },
      ],
    },
    support,
    contactStep('step.contact.pro'),
    {
      id: 'consent',
      title: 'step.consent.pro',
      fields: [
        { path: 'professional.young_person_agreed', choice: true, errorKey: 'proAgreed' },
        ...familyFields,
        {
          path: 'professional.parent_not_told_reason',
          errorKey: 'parentReason',
          max: limits.parentNotToldReason,
        },
        consentField,
      ],
    },
  ];
}

/** The field an error path belongs to: the longest field path it starts with. */
export function fieldFor(
  steps: StepDef[],
  path: string,
): { step: number; field: FieldDef } | undefined {
  let best: { step: number; field: FieldDef } | undefined;
  steps.forEach((step, i) => {
    for (const field of step.fields) {
      if (
        (path === field.path || path.startsWith(`${field.path}.`)) &&
        (!best || field.path.length > best.field.path.length)
      )
        best = { step: i, field };
    }
  });
  return best;
}

export const fieldId = (path: string) => path.replace(/\./g, '-');
export const targetId = (field: FieldDef) =>
  field.choice ? `${fieldId(field.path)}-input` : fieldId(field.path);
