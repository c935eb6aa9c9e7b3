// Which problems to show on a step: the schema's own answer for the whole payload,
// narrowed to the questions on this step, each mapped to words and a field.
import { validate, referralSchema, type FieldError, type ReferralPayload } from '../../schemas';
import { getAt, setAt } from './answers';
import { fieldFor, type StepDef } from './steps';

export function stepErrors(payload: ReferralPayload, steps: StepDef[], step: number | 'all'): FieldError[] {
  const onStep = (e: FieldError) => step === 'all' || fieldFor(steps, e.path)?.step === step;
  const first = validate(referralSchema, payload).filter(onStep);
  // Second look with stand-ins for empty required choices, so cross-field rules
  // (a phone number for texts, an age or a date of birth) are reported too.
  let filled: unknown = payload;
  const stood: string[] = [];
  for (const [i, def] of steps.entries()) {
    if (step !== 'all' && i !== step) continue;
    for (const field of def.fields) {
      if (field.fill !== undefined && getAt(payload, field.path) === undefined && getAt(payload, field.path.split('.').slice(0, -1).join('.')) !== undefined) {
        filled = setAt(filled, field.path, field.fill);
        stood.push(field.path);
      }
    }
  }
  const more = stood.length ? validate(referralSchema, filled).filter((e) => onStep(e) && !stood.includes(e.path)) : [];
  const seen = new Set(first.map((e) => e.path));
  return [...first, ...more.filter((e) => !seen.has(e.path))];
}

/** Errors keyed by the question they belong to, first error per question. */
export function byField(errors: FieldError[], steps: StepDef[]): Map<string, FieldError> {
  const map = new Map<string, FieldError>();
  for (const error of errors) {
    const path = fieldFor(steps, error.path)?.field.path ?? error.path;
    if (!map.has(path)) map.set(path, error);
  }
  return map;
}
