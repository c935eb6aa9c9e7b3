// How a question of the referral journeys is declared (questions.ts), and what a
// declaration means in one journey. Everything else is derived from the
// question's path: its words' keys, its error messages, its row in check your
// answers, the id of its box on the page, and whether it is asked at all (a
// journey asks a question its schema has).
import { choicesAt, questionAt } from '../../schemas/constraints';
import { referralSchemas, type ReferralSource } from '../../schemas/referral';
import type { Band } from '../../lib/routes';
import type { ReferralKey, Translator } from '../messages';
import type { Answers } from './answers';

export type StepId =
  | 'youngPerson'
  | 'whatHappened'
  | 'safety'
  | 'support'
  | 'contact'
  | 'family'
  | 'referrer'
  | 'consent';

/**
 * The control a question is asked with: a text box, a textarea, a number box,
 * radios (one of a closed list, or yes and no), checkboxes (any of a closed
 * list), a select (the contact channels, ranked, which their step draws), one
 * box to tick, or a group of questions under one legend.
 */
export type Kind =
  'text' | 'textarea' | 'number' | 'radios' | 'checkboxes' | 'select' | 'tick' | 'group';

/** What may differ from one journey to another. */
export interface Wording {
  /** The key prefix of its words; by default the path's last part in camelCase. */
  words?: string;
  /**
   * Its question: `words` itself; `words.self` or `words.other` ('voice': a young
   * person writing about themselves or not); `words.self`, `.parent` or `.pro`
   * ('who'); or a key of its own.
   */
  label?: 'voice' | 'who' | ReferralKey;
  /** Its hint: `words.hint`, `words.why`, or a key of its own. */
  hint?: 'hint' | 'why' | ReferralKey;
  /** "(optional)" after the question. */
  optional?: boolean;
  /** Its row in check your answers: the question's words unless given; false for none. */
  row?: ReferralKey | false;
  /** Its errors' key (`error.<key>.<code>`, `name.<key>`); by default `words`. */
  errors?: string;
  /** The key prefix of its choices' words (`<options>.<value>`); by default `words`. */
  options?: string;
  autoComplete?: string;
  /** Asked before this other question on its step. */
  before?: string;
}

export interface Question extends Wording {
  kind: Kind;
  /** The step that asks it, when not the step it is declared under, per journey. */
  step?: Partial<Record<ReferralSource, StepId>>;
  /** A yes/no flag's answers, in the order shown; a closed list comes from the schema. */
  values?: readonly string[];
  /** Whether a choice is offered: some are for 16 and 17 year olds only, or never for them. */
  offer?: (value: string, band: Band) => boolean;
  /** Asked only once an earlier answer calls for it. */
  shown?: (answers: Answers) => boolean;
  inline?: boolean;
  width?: 'short' | 'medium' | 'full';
  maxLength?: number;
  /** Required through a rule spanning questions, so the box says so itself. */
  required?: boolean;
  /** Journeys where its words differ. */
  per?: Partial<Record<ReferralSource, Wording>>;
}

/** A question as one journey asks it. */
export interface FieldDef extends Omit<
  Question,
  'per' | 'step' | 'label' | 'hint' | 'row' | 'values'
> {
  path: string;
  step: StepId;
  words: string;
  label: ReferralKey;
  hint?: ReferralKey;
  /** The answers a closed question offers, in its schema's order (or as declared, for a flag). */
  values: readonly string[];
  /** Radios and checkboxes: errors link to the first option. */
  choice: boolean;
  errorKey: string;
  /** Its row in check your answers; none when the question has no row of its own. */
  summary?: ReferralKey;
  /** Whether it must be answered: its schema says so, or its declaration (a rule does). */
  required: boolean;
}

/** Whose words a journey uses: see FormState's `voice` and `who`. */
export const voices = {
  young_person: 'self',
  parent_carer: 'other',
  professional: 'other',
} as const;
export const whos = { young_person: 'self', parent_carer: 'parent', professional: 'pro' } as const;
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const closed: Kind[] = ['radios', 'checkboxes', 'select', 'tick'];

/** The declaration at `path` as the `source` journey asks it; undefined if it does not. */
export function resolve(
  path: string,
  declared: Question,
  home: StepId,
  source: ReferralSource,
): FieldDef | undefined {
  const asked = questionAt(referralSchemas[source], path);
  const step = declared.step ? declared.step[source] : home;
  if (!asked || !step) return undefined;
  const { per, ...base } = declared;
  const q = { ...base, ...per?.[source] };
  const words = q.words ?? camel(path.split('.').pop() ?? path);
  const label = (
    q.label === 'voice'
      ? `${words}.${voices[source]}`
      : q.label === 'who'
        ? `${words}.${whos[source]}`
        : (q.label ?? words)
  ) as ReferralKey;
  const hint = (q.hint === 'hint' || q.hint === 'why' ? `${words}.${q.hint}` : q.hint) as
    ReferralKey | undefined;
  return {
    ...q,
    path,
    step,
    words,
    label,
    hint,
    values: q.values ?? choicesAt(referralSchemas[source], path),
    choice: q.kind === 'radios' || q.kind === 'checkboxes' || q.kind === 'tick',
    errorKey: q.errors ?? words,
    summary: q.row === false ? undefined : (q.row ?? label),
    options: closed.includes(q.kind) ? (q.options ?? words) : undefined,
    required: q.required ?? asked.required,
  };
}

/**
 * A choice's words: this journey's own (`<key>.self` or `<key>.other`, or a
 * professional's `<key>.pro`) where there are any, else the choice's; a choice
 * with no prefix says yes, no or not sure in the words every question shares.
 */
export function choiceWords(
  tr: Translator<ReferralKey>,
  prefix: string,
  value: string,
  source: ReferralSource,
): string {
  const key = prefix ? `${prefix}.${value}` : value;
  const tries = [
    `${key}.${voices[source]}`,
    key,
    `${key}.pro`,
    value === 'not_sure' ? 'notSure' : value,
  ];
  for (const k of tries) {
    const text = tr.maybe(k);
    if (text) return text;
  }
  return value;
}
