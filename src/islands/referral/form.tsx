// Shared by every step: the answers, how to change one, and the words and error
// for each question, so a step component only says which questions it asks.
import { createContext, useContext } from 'react';
import type { FieldText } from '../fields/Field';
import type { Translator, ReferralKey } from '../messages';
import type { ReferralSource } from '../../schemas/referral';
import type { AnswerPath, Answers } from './answers';
import { fieldId, questionFor } from './journeys';
import type { Band } from '../../lib/routes';

export interface FormState {
  answers: Answers;
  set: (path: AnswerPath, value: unknown) => void;
  /** Translated message per answer path, for the step on screen. */
  errors: Map<string, string>;
  tr: Translator<ReferralKey>;
  source: ReferralSource;
  band: Band;
  /** Self-referrals say "you", others "they": picks `key.self` or `key.other`. */
  voice: 'self' | 'other';
  /** Whose words to use where the three journeys differ: `key.self`, `key.parent`, `key.pro`. */
  who: 'self' | 'parent' | 'pro';
  /** Pages in the reader's language that routing sends people to. */
  links: Links;
}

export interface Links {
  adults: string;
  outside: string;
  under11: string;
  privacy: string;
}

export const FormContext = createContext<FormState | null>(null);

export function useForm() {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm outside a referral form');
  const { tr, errors } = form;

  /** Label, hint and error for the question at `path`. */
  const text = (
    path: string,
    label: ReferralKey,
    hint?: ReferralKey,
    optional = false,
  ): FieldText => ({
    id: fieldId(path),
    label: optional ? `${tr.t(label)} ${tr.t('nav.optional')}` : tr.t(label),
    hint: hint ? tr.t(hint) : undefined,
    error: errors.get(path),
    errorPrefix: tr.t('errors.prefix'),
  });
  /** "foo.self" for a young person writing about themselves, else "foo.other". */
  const voiced = (base: string) => `${base}.${form.voice}` as ReferralKey;
  /** The question at `path` as this journey asks it (questions.ts). */
  const question = (path: string) => questionFor(form.source, path);
  return { ...form, text, voiced, question, t: tr.t };
}
