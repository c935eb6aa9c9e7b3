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
  const blank = emptyAnswers();
  const leaves = (node: unknown, path: string): [string, unknown][] =>
    typeof node === 'object' && node !== null && !Array.isArray(node)
      ? Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key))
      : [[path, node]];
  for (const [path, value] of leaves(blank, '')) {
    const choiceOrFlag = value === undefined || value === false;
    const textOrList = value === '' || (Array.isArray(value) && value.every((v) => v === ''));
    expect(choiceOrFlag || textOrList, path).toBe(true);
  }
  expect(blank.young_person.age).toBe('');
  expect(blank.what_happened.categories).toEqual([]);
  expect(blank.safety.safe_now).toBeUndefined();
  expect(blank.contact.interpreter).toBeUndefined();
  expect(blank.contact.ranked).toEqual(['', '', '']);
  expect(blank.contact.safe_adult).toEqual({ name: '', relationship: '', phone: '', email: '' });
  expect(blank.professional.young_person_agreed).toBe(false);
  expect(blank.consents).toEqual({});
  // Asked as the age, and as three ranked slots: never held in the schema's form.
  expect('date_of_birth' in blank.young_person).toBe(false);
  expect('channels' in blank.contact).toBe(false);
});
