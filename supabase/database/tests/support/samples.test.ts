// The valid-sample builder: what it answers by itself, what it keeps, what it refuses.
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as c from '../../../../src/schemas/choices';
import * as f from '../../../../src/schemas/fields';
import { youngPersonReferralSchema } from '../../../../src/schemas';
import { youngPersonReferral } from './fixtures';
import { sample } from './samples';

const schema = f.object({
  pick: f.choice(c.yesNoNotSure),
  picks: f.choices(c.days, 2),
  safe_times_note: f.text(10),
  note: f.optionalText(20),
  age: f.int(5, 17),
  ok: f.flag(),
  inner: f.object({ when: f.isoInstant(), email: z.optional(f.email(254)) }),
});

test('a required question is answered plainly, an optional one left out, given answers kept', () => {
  expect(sample(schema)).toEqual({
    pick: 'yes',
    picks: ['mon', 'tue'],
    safe_times_note: 'Safe times',
    age: 5,
    ok: false,
    inner: { when: '2026-11-20T18:04:05.123Z' },
  });
  expect(sample(schema, { note: 'Hi', inner: { email: 'a@example.org' } })).toMatchObject({
    note: 'Hi',
    inner: { when: '2026-11-20T18:04:05.123Z', email: 'a@example.org' },
  });
});

test('answers naming no question, or breaking a rule, are refused', () => {
  expect(() => sample(schema, { nothing: 1 })).toThrow(/no question nothing/);
  expect(() => sample(schema, { age: 40 })).toThrow(/not a valid sample/);
  const { young_person: youngPerson, ...rest } = youngPersonReferral();
  const { age: _age, ...noAge } = youngPerson;
  // An age or a date of birth: a rule across fields the answers must meet.
  expect(() => sample(youngPersonReferralSchema, { ...rest, young_person: noAge })).toThrow(
    /not a valid sample/,
  );
});

test('the answers are copied, so changing a sample changes no other', () => {
  const answers = { picks: ['wed', 'thu'] };
  const first = sample(schema, answers);
  first.picks.push('fri');
  expect(sample(schema, answers).picks).toEqual(['wed', 'thu']);
});
