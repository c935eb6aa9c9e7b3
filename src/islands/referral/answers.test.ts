// Answer paths are checked by the type checker (`astro check`, part of npm test):
// a mistyped path in a step no longer compiles.
import { expect, expectTypeOf, test } from 'vitest';
import type { happenedWhen } from '../../schemas';
import { emptyAnswers, getAt, type AnswerAt, type AnswerPath } from './answers';

test('a wrong answer path does not compile, and a right one finds its answer', () => {
  const right: AnswerPath = 'contact.safe_adult.name';
  // @ts-expect-error a typo in a path is a type error, not a silent blank answer
  const typo: AnswerPath = 'contact.safe_adult.nmae';
  expect(getAt(emptyAnswers(), right)).toBe('');
  expect(getAt(emptyAnswers(), typo)).toBeUndefined();
});

test('each path carries the type of its answer', () => {
  expectTypeOf<AnswerAt<'contact.safe_adult.name'>>().toEqualTypeOf<string>();
  expectTypeOf<AnswerAt<'safety.safe_now'>>().toEqualTypeOf<
    'yes' | 'no' | 'not_sure' | undefined
  >();
  expectTypeOf<AnswerAt<'professional.young_person_agreed'>>().toEqualTypeOf<boolean>();
  // A question added to a schema is an answer at once, of the type its schema gives.
  expectTypeOf<AnswerAt<'what_happened.when'>>().toEqualTypeOf<
    (typeof happenedWhen)[number] | undefined
  >();
  expectTypeOf<AnswerAt<'young_person.age'>>().toEqualTypeOf<string>();
  expectTypeOf<AnswerAt<'contact.interpreter'>>().toEqualTypeOf<'yes' | 'no' | undefined>();
});

test('a new form has every question unanswered, nothing ticked', () => {
  expect(emptyAnswers()).toStrictEqual({
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
    safety: {
      safe_now: undefined,
      harmer_lives_with_them: undefined,
    },
    support: {
      wanted: [],
      details: '',
    },
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
      safe_adult: {
        name: '',
        relationship: '',
        phone: '',
        email: '',
      },
      language: undefined,
      other_language: '',
      interpreter: undefined,
      access_needs: '',
    },
    parent_carer: {
      knows: undefined,
      safe_to_know: undefined,
      may_contact: undefined,
    },
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
  });
});
