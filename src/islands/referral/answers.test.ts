// Answer paths are checked by the type checker (`astro check`, part of npm test):
// a mistyped path in a step no longer compiles.
import { expect, expectTypeOf, test } from 'vitest';
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
});
