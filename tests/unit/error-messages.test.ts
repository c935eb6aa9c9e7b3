// Every question has its own error message, in every language (the GOV.UK rule:
// say what is wrong with this question and how to fix it). For each question of
// each journey, every error its schema can give is looked up as the form looks it
// up, and must not fall back to a generic message ("Answer this question").
import { describe, expect, test } from 'vitest';
import type * as z from 'zod/mini';
import { resources } from '../../src/i18n/resources';
import { locales } from '../../src/i18n/locales';
import { translator, type ReferralKey } from '../../src/islands/messages';
import { errorMessage } from '../../src/islands/referral/errors';
import { stepsFor } from '../../src/islands/referral/journeys';
import {
  constraintsAt,
  questionAt,
  referralSchemas,
  type ErrorCode,
  type ReferralSource,
} from '../../src/schemas';
import { inputTypes } from '../../src/schemas/fields';

/** Required through a rule spanning questions (src/schemas/rules.ts), not on their own. */
const requiredByRule = new Set([
  'young_person.age',
  'contact.channels',
  'contact.phone',
  'contact.email',
  'contact.safe_adult',
  'contact.safe_adult.phone',
  'contact.other_language',
  'referrer.phone',
  'professional.parent_not_told_reason',
]);

type Def = { type: string; checks?: { _zod: { def: { check: string; minimum?: number } } }[] };

/** The errors a person can meet on this question through the form. */
function codesFor(source: ReferralSource, path: string): ErrorCode[] {
  const question = questionAt(referralSchemas[source], path);
  if (!question) return requiredByRule.has(path) ? ['required'] : [];
  const def = question.node._zod.def as unknown as Def;
  const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
  const required =
    requiredByRule.has(path) || (question.required && (def.type !== 'array' || min > 0));
  const codes: ErrorCode[] = required ? ['required'] : [];
  if (def.type === 'string') {
    const kind = inputTypes.get(question.node as z.ZodMiniType)?.type;
    codes.push('too_long');
    if (kind === 'email') codes.push('invalid_email');
    else if (kind === 'tel') codes.push('invalid_phone');
    else codes.push('invalid_characters');
  }
  if (def.type === 'number') codes.push('invalid', 'out_of_range');
  return codes;
}

const sources: ReferralSource[] = ['young_person', 'parent_carer', 'professional'];

describe.each(locales)('error messages in %s', (locale) => {
  const messages = { ...resources[locale].forms, ...resources[locale].referral } as Record<
    ReferralKey,
    string
  >;
  const tr = translator<ReferralKey>(messages);
  const generic = new Set(
    Object.entries(messages)
      .filter(([key]) => /^error\.[a-z_]+$/.test(key))
      .map(([, text]) => text.replace(/\{\{\s*max\s*\}\}/, '')),
  );

  test.each(sources)('every question in the %s journey has its own', (source) => {
    const checked: string[] = [];
    for (const step of stepsFor(source)) {
      for (const field of step.fields) {
        for (const code of codesFor(source, field.path)) {
          const max = constraintsAt(referralSchemas[source], field.path).maxLength ?? '';
          const message = errorMessage(tr, field, code, max);
          expect(message, `${field.path} ${code}`).not.toMatch(/\{\{|^error\./);
          expect(
            generic.has(message.replace(String(max), '')),
            `${field.path} ${code}: ${message}`,
          ).toBe(false);
          checked.push(`${field.path} ${code}`);
        }
      }
    }
    // The walk really reached the questions: at least every step's first one.
    expect(checked.length).toBeGreaterThan(stepsFor(source).length * 2);
  });
});
