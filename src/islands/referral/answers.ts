// What a person has typed and chosen, exactly as they gave it, in memory only.
// `toPayload` turns it into the contract's shape without changing a character:
// nothing is trimmed, so what the case system receives is what was typed.
import type { channels } from '../../schemas/choices';
import { blankAnswers } from '../../schemas/constraints';
import * as S from '../../schemas/referral';
import type * as z from 'zod/mini';

/**
 * How a form holds an answer to a question of this type: text as typed (a number
 * too, until the schema reads it), a choice not yet made as undefined, a yes/no
 * flag as the radio's value, several choices as a list.
 */
type Held<V> = V extends readonly (infer E)[]
  ? E[]
  : V extends boolean
    ? 'yes' | 'no' | undefined
    : V extends number
      ? string
      : V extends string
        ? string extends V
          ? string
          : V | undefined
        : V extends object
          ? HeldAll<V>
          : never;
/** Every question of a section, answered or not. */
type HeldAll<T> = { [K in keyof T]-?: Held<Exclude<T[K], undefined>> };
type Out<T extends z.ZodMiniType> = z.infer<T>;

/** The answers follow the schemas; only what a form asks differently is written here. */
export interface Answers {
  /** The date of birth is the database's, for a case system; the form asks the age. */
  young_person: HeldAll<Omit<S.YoungPerson, 'date_of_birth'>>;
  what_happened: HeldAll<Out<typeof S.whatHappenedSchema>>;
  safety: HeldAll<Out<typeof S.safetySchema>>;
  support: HeldAll<Out<typeof S.supportSchema>>;
  contact: ContactAnswers;
  parent_carer: HeldAll<Out<typeof S.parentCarerSchema>>;
  /** One set of boxes for either kind of referrer: a parent's or a professional's. */
  referrer: HeldAll<Out<typeof S.parentReferrerSchema> & Out<typeof S.professionalReferrerSchema>>;
  /** The professional's agreement is one tick box. */
  professional: HeldAll<Omit<Out<typeof S.professionalSchema>, 'young_person_agreed'>> & {
    young_person_agreed: boolean;
  };
  /** When each consent box was ticked; unticked is undefined. */
  consents: { referral?: string; share_information?: string };
  website: string;
}

/** Channels are asked as three ranked slots: first, second and third choice; '' is "none". */
export type ContactAnswers = HeldAll<Omit<S.Contact, 'channels'>> & {
  ranked: [ChannelSlot, ChannelSlot, ChannelSlot];
};
export type ChannelSlot = (typeof channels)[number] | '';

type Leaf = string | number | boolean | undefined | readonly unknown[];
/** Every answer's dotted path, so a mistyped path fails the type check. */
export type AnswerPath<T = Answers> = {
  [K in keyof T & string]: T[K] extends Leaf ? K : K | `${K}.${AnswerPath<T[K]>}`;
}[keyof T & string];
/** The type of the answer at a path. */
export type AnswerAt<P extends string, T = Answers> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? AnswerAt<Rest, T[K]>
    : never
  : P extends keyof T
    ? T[P]
    : never;

const blank = (schema: z.ZodMiniType) => blankAnswers(schema) as Record<string, unknown>;

/** A new form: every question unanswered, as its schema says (answers.test.ts pins it). */
export function emptyAnswers(): Answers {
  const { date_of_birth: _notAsked, ...youngPerson } = blank(S.youngPersonSchema());
  const { channels: _ranked, ...contact } = blank(S.contactSchema);
  return {
    young_person: youngPerson,
    what_happened: blank(S.whatHappenedSchema),
    safety: blank(S.safetySchema),
    support: blank(S.supportSchema),
    contact: { ...contact, ranked: ['', '', ''] },
    parent_carer: blank(S.parentCarerSchema),
    referrer: { ...blank(S.parentReferrerSchema), ...blank(S.professionalReferrerSchema) },
    professional: { ...blank(S.professionalSchema), young_person_agreed: false },
    consents: {},
    website: '',
  } as unknown as Answers;
}

/** Sets one answer by its dotted path, returning a new object (React state stays immutable). */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const node = root as Record<string, unknown>;
  return { ...node, [head]: rest.length ? setAt(node[head], rest.join('.'), value) : value } as T;
}

export function getAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}
