// Which problems to show on a step: the schema's own answer for the whole payload,
// narrowed to the questions on this step, each mapped to words and a field.
import type { FieldError } from '../../schemas/codes';
import { validate } from '../../schemas/errors';
import { referralSchema, type ReferralPayload } from '../../schemas/referral';
import { getAt } from './answers';
import { fieldFor, type StepDef } from './journeys';

/** Where a field sits across all steps, so the summary lists errors in page order. */
function order(steps: StepDef[], path: string): number {
  const found = fieldFor(steps, path);
  if (!found) return Number.MAX_SAFE_INTEGER;
  return found.step * 1000 + (steps[found.step]?.fields.indexOf(found.field) ?? 0);
}

export function stepErrors(
  payload: ReferralPayload,
  steps: StepDef[],
  step: number | 'all',
): FieldError[] {
  return unsorted(payload, steps, step).sort((a, b) => order(steps, a.path) - order(steps, b.path));
}

function unsorted(payload: ReferralPayload, steps: StepDef[], step: number | 'all'): FieldError[] {
  // The county comes from the town or postcode; it is only asked when that is
  // unclear, so a missing county is the missing town's error, not its own.
  const hidden = (e: FieldError) =>
    e.path === 'young_person.county' && !getAt(payload, 'young_person.area');
  const onStep = (e: FieldError) =>
    !hidden(e) && (step === 'all' || fieldFor(steps, e.path)?.step === step);
  // The schema's cross-field rules run as soon as the answers they read are
  // valid (src/schemas/rules.ts), so one pass already finds every problem.
  return validate(referralSchema, payload).filter(onStep);
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
