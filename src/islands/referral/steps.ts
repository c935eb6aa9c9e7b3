// The steps of each journey, one topic per step, and the questions on each in the
// order they appear: the error summary lists problems in that order, and check
// your answers shows them in that order and sends "Change" back to the right step.
import type { ReferralSource } from '../../schemas/referral';
import type { ReferralKey } from '../messages';
import { ask, type FieldDef, type Path } from './questions';

export type { FieldDef } from './questions';

export type StepId =
  | 'youngPerson'
  | 'whatHappened'
  | 'safety'
  | 'support'
  | 'contact'
  | 'family'
  | 'referrer'
  | 'consent';

export interface StepDef {
  id: StepId;
  title: ReferralKey;
  fields: FieldDef[];
}

const youngPerson = (source: ReferralSource): StepDef => ({
  id: 'youngPerson',
  title: `step.youngPerson.${({ young_person: 'self', parent_carer: 'parent', professional: 'pro' } as const)[source]}`,
  fields: ask(
    [
      'young_person.first_name',
      'young_person.preferred_name',
      'young_person.pronouns',
      'young_person.age',
      'young_person.area',
      'young_person.county',
      'young_person.school',
    ],
    source === 'young_person' ? { 'young_person.age': { errorKey: 'age', summary: 'age.~' } } : {},
  ),
});

const whatHappened: StepDef = {
  id: 'whatHappened',
  title: 'step.whatHappened',
  fields: ask([
    'what_happened.categories',
    'what_happened.involvement',
    'what_happened.when',
    'what_happened.reported_to_police',
    'what_happened.crime_reference',
    'what_happened.details',
  ]),
};

const safety: Path[] = ['safety.safe_now', 'safety.harmer_lives_with_them'];
const support: StepDef = {
  id: 'support',
  title: 'step.support',
  fields: ask(['support.wanted', 'support.details']),
};

const contactFields = ask([
  'contact.via',
  'contact.channels',
  'contact.phone',
  'contact.email',
  'contact.phone_shared',
  'contact.email_shared',
  'contact.voicemail_ok',
  'contact.say_who_we_are',
  'contact.safe_adult',
  'contact.safe_adult.name',
  'contact.safe_adult.relationship',
  'contact.safe_adult.phone',
  'contact.safe_adult.email',
  'contact.safe_days',
  'contact.safe_times',
  'contact.safe_times_note',
  'contact.language',
  'contact.other_language',
  'contact.interpreter',
  'contact.access_needs',
]);
const contact = (title: ReferralKey): StepDef => ({ id: 'contact', title, fields: contactFields });
const family: Path[] = [
  'parent_carer.knows',
  'parent_carer.safe_to_know',
  'parent_carer.may_contact',
];

export function stepsFor(source: ReferralSource): StepDef[] {
  const safetyStep = (extra: Path[] = []): StepDef => ({
    id: 'safety',
    title: 'step.safety',
    fields: ask([...safety, ...extra]),
  });
  if (source === 'young_person') {
    return [
      youngPerson(source),
      whatHappened,
      safetyStep(),
      support,
      contact('step.contact.self'),
      { id: 'family', title: 'step.family.self', fields: ask([...family, 'consents']) },
    ];
  }
  if (source === 'parent_carer') {
    const referrer: Path[] = [
      'referrer.name',
      'referrer.relationship',
      'referrer.young_person_agreed',
      'referrer.phone',
      'referrer.email',
    ];
    return [
      youngPerson(source),
      whatHappened,
      safetyStep(),
      support,
      { id: 'referrer', title: 'step.referrer.parent', fields: ask(referrer) },
      { ...contact('step.contact.parent'), fields: [...contactFields, ...ask(['consents'])] },
    ];
  }
  const work = { errorKey: 'workEmail', summary: 'email.other' };
  return [
    {
      id: 'referrer',
      title: 'step.referrer.pro',
      fields: ask(
        [
          'referrer.name',
          'referrer.role',
          'referrer.organisation',
          'referrer.organisation_type',
          'referrer.email',
          'referrer.phone',
        ],
        {
          'referrer.email': work,
          'referrer.phone': { errorKey: 'workPhone', summary: 'phone.other' },
        },
      ),
    },
    youngPerson(source),
    whatHappened,
    safetyStep(['professional.safeguarding_lead_told', 'professional.safeguarding_referral_made']),
    support,
    contact('step.contact.pro'),
    {
      id: 'consent',
      title: 'step.consent.pro',
      fields: ask([
        'professional.young_person_agreed',
        ...family,
        'professional.parent_not_told_reason',
        'consents',
      ]),
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
