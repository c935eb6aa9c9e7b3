// What a person has typed and chosen, exactly as they gave it, in memory only.
// `toPayload` turns it into the contract's shape without changing a character:
// nothing is trimmed, so what the case system receives is what was typed.
import type * as S from '../../schemas';

type Pick1<T extends readonly string[]> = T[number] | undefined;
type YesNo = 'yes' | 'no' | undefined;

export interface Answers {
  young_person: {
    first_name: string;
    preferred_name: string;
    pronouns: string;
    age: string;
    area: string;
    county: Pick1<typeof S.counties>;
    school: string;
  };
  what_happened: {
    categories: (typeof S.harmCategories)[number][];
    involvement: Pick1<typeof S.involvements>;
    when: Pick1<typeof S.happenedWhen>;
    details: string;
    reported_to_police: Pick1<typeof S.yesNoNotSure>;
    crime_reference: string;
  };
  safety: {
    safe_now: Pick1<typeof S.yesNoNotSure>;
    harmer_lives_with_them: Pick1<typeof S.livesWith>;
  };
  support: { wanted: (typeof S.supportKinds)[number][]; details: string };
  contact: ContactAnswers;
  parent_carer: {
    knows: Pick1<typeof S.yesNoNotSure>;
    safe_to_know: Pick1<typeof S.yesNoNotSure>;
    may_contact: YesNo;
  };
  referrer: {
    name: string;
    relationship: Pick1<typeof S.parentRelationships>;
    young_person_agreed: Pick1<typeof S.childAgreement>;
    role: string;
    organisation: string;
    email: string;
    phone: string;
  };
  professional: {
    young_person_agreed: boolean;
    parent_not_told_reason: string;
    safeguarding_lead_told: Pick1<typeof S.yesNo>;
    safeguarding_referral_made: Pick1<typeof S.yesNoNotSure>;
  };
  /** When each consent box was ticked; unticked is undefined. */
  consents: { referral?: string; share_information?: string };
  website: string;
}

export interface ContactAnswers {
  via: Pick1<typeof S.contactVia>;
  /** Three ranked slots: first, second and third choice; '' is "none". */
  ranked: [ChannelSlot, ChannelSlot, ChannelSlot];
  phone: string;
  email: string;
  voicemail_ok: YesNo;
  say_who_we_are: YesNo;
  safe_days: (typeof S.days)[number][];
  safe_times: (typeof S.timesOfDay)[number][];
  safe_times_note: string;
  phone_shared: Pick1<typeof S.yesNoNotSure>;
  email_shared: Pick1<typeof S.yesNoNotSure>;
  safe_adult: { name: string; relationship: string; phone: string; email: string };
  language: Pick1<typeof S.contactLanguages>;
  other_language: string;
  interpreter: YesNo;
  access_needs: string;
}
export type ChannelSlot = (typeof S.channels)[number] | '';

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

export function emptyAnswers(): Answers {
  return {
    young_person: {
      first_name: '',
      preferred_name: '',
      pronouns: '',
      age: '',
      area: '',
      county: undefined,
      school: '',
    },
    what_happened: {
      categories: [],
      involvement: undefined,
      when: undefined,
      details: '',
      reported_to_police: undefined,
      crime_reference: '',
    },
    safety: { safe_now: undefined, harmer_lives_with_them: undefined },
    support: { wanted: [], details: '' },
    contact: {
      via: undefined,
      ranked: ['', '', ''],
      phone: '',
      email: '',
      voicemail_ok: undefined,
      say_who_we_are: undefined,
      safe_days: [],
      safe_times: [],
      safe_times_note: '',
      phone_shared: undefined,
      email_shared: undefined,
      safe_adult: { name: '', relationship: '', phone: '', email: '' },
      language: undefined,
      other_language: '',
      interpreter: undefined,
      access_needs: '',
    },
    parent_carer: { knows: undefined, safe_to_know: undefined, may_contact: undefined },
    referrer: {
      name: '',
      relationship: undefined,
      young_person_agreed: undefined,
      role: '',
      organisation: '',
      email: '',
      phone: '',
    },
    professional: {
      young_person_agreed: false,
      parent_not_told_reason: '',
      safeguarding_lead_told: undefined,
      safeguarding_referral_made: undefined,
    },
    consents: {},
    website: '',
  };
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
