// The steps of each journey, one topic per step (components for the steps that
// need a layout of their own are in steps/). The questions on each step, in the
// order they appear, are the ones declared for it (questions.ts): the error
// summary lists problems in that order, and check your answers shows them in
// that order and sends "Change" back to the right step.
import type { ReferralSource } from '../../schemas/referral';
import type { ReferralKey } from '../messages';
import { resolve, type FieldDef, type Question, type StepId } from './declaration';
import { declared } from './questions';

export type { FieldDef, StepId } from './declaration';

export interface StepDef {
  id: StepId;
  title: ReferralKey;
  fields: FieldDef[];
}

const whatHappened = ['whatHappened', 'step.whatHappened'] as const;
const safety = ['safety', 'step.safety'] as const;
const support = ['support', 'step.support'] as const;
const journeys: Record<ReferralSource, (readonly [StepId, ReferralKey])[]> = {
  young_person: [
    ['youngPerson', 'step.youngPerson.self'],
    whatHappened,
    safety,
    support,
    ['contact', 'step.contact.self'],
    ['family', 'step.family.self'],
  ],
  parent_carer: [
    ['youngPerson', 'step.youngPerson.parent'],
    whatHappened,
    safety,
    support,
    ['referrer', 'step.referrer.parent'],
    ['contact', 'step.contact.parent'],
  ],
  professional: [
    ['referrer', 'step.referrer.pro'],
    ['youngPerson', 'step.youngPerson.pro'],
    whatHappened,
    safety,
    support,
    ['contact', 'step.contact.pro'],
    ['consent', 'step.consent.pro'],
  ],
};

const asked = new Map<ReferralSource, FieldDef[]>();
/** Every question the `source` journey asks, in declaration order. */
export function questionsOf(source: ReferralSource): FieldDef[] {
  let list = asked.get(source);
  if (!list) {
    list = Object.entries(declared).flatMap(([home, group]) =>
      Object.entries(group as Record<string, Question>).flatMap(([path, question]) => {
        const field = resolve(path, question, home as StepId, source);
        return field ? [field] : [];
      }),
    );
    asked.set(source, list);
  }
  return list;
}

/** The question at `path` as the `source` journey asks it. */
export const questionFor = (source: ReferralSource, path: string): FieldDef | undefined =>
  questionsOf(source).find((q) => q.path === path);

function fieldsOn(step: StepId, source: ReferralSource): FieldDef[] {
  const fields = questionsOf(source).filter((q) => q.step === step);
  for (const field of fields.filter((q) => q.before)) {
    fields.splice(fields.indexOf(field), 1);
    const at = fields.findIndex((q) => q.path === field.before);
    fields.splice(at < 0 ? fields.length : at, 0, field);
  }
  return fields;
}

export function stepsFor(source: ReferralSource): StepDef[] {
  return journeys[source].map(([id, title]) => ({ id, title, fields: fieldsOn(id, source) }));
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
