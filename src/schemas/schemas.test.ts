// The payload contract on its own, without a database: what the forms get from it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fx from '../../supabase/tests/support/fixtures';
import * as patterns from './patterns';
import {
  countyFor,
  feedbackSchema,
  firstErrorByField,
  isOutsideThamesValley,
  limits,
  postcodeDistrict,
  referralSchema,
  serverFieldErrors,
  validate,
  youngPersonSchema,
} from '.';

describe('referral and feedback schemas', () => {
  test('the example payload of each sender is valid', () => {
    for (const payload of [fx.youngPersonReferral(), fx.parentCarerReferral(), fx.professionalReferral()]) {
      expect(validate(referralSchema, payload)).toEqual([]);
    }
    expect(validate(feedbackSchema, fx.feedback())).toEqual([]);
  });

  test('errors are codes with dotted paths, unknown keys named one by one', () => {
    const payload: Record<string, any> = fx.youngPersonReferral();
    payload.young_person.first_name = '';
    payload.contact.channels = ['email', 'fax'];
    payload.extra = 1;
    expect(validate(referralSchema, payload)).toEqual(
      expect.arrayContaining([
        { path: 'young_person.first_name', code: 'required' },
        { path: 'contact.channels.1', code: 'invalid_choice' },
        { path: 'extra', code: 'unknown_field' },
      ]),
    );
  });

  test('a step can be checked on its own, with the age range of its sender', () => {
    const yp = { first_name: 'Ola', age: 9, county: 'oxfordshire', area: 'OX4' };
    expect(validate(youngPersonSchema(), yp)).toEqual([]);
    expect(validate(youngPersonSchema(11), yp)).toEqual([{ path: 'age', code: 'out_of_range' }]);
    expect(validate(youngPersonSchema(11), yp, 'young_person')).toEqual([{ path: 'young_person.age', code: 'out_of_range' }]);
  });

  test('limits are numbers a form can put in maxlength', () => {
    expect(limits.firstName).toBe(60);
    const long = { ...fx.feedback(), answers: { comment: 'x'.repeat(limits.comment + 1) } };
    expect(validate(feedbackSchema, long)).toEqual([{ path: 'answers.comment', code: 'too_long' }]);
  });

  test('the database migrations carry the same patterns as the schemas', () => {
    const dir = new URL('../../supabase/migrations/', import.meta.url);
    const sql = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n').replaceAll("''", "'");
    for (const pattern of [patterns.email, patterns.phoneChars, patterns.ukPhoneDigits, patterns.uuid, patterns.isoInstant, patterns.feedbackToken]) {
      expect(sql).toContain(pattern.source);
    }
  });
});

describe('server errors', () => {
  test('field errors come out of a 400 body; anything else gives none', () => {
    const body = { code: 'invalid_payload', message: 'invalid_payload', hint: null, details: '[{"path":"contact.email","code":"invalid_email"},{"path":"x","code":"made_up"}]' };
    expect(serverFieldErrors(body)).toEqual([{ path: 'contact.email', code: 'invalid_email' }]);
    expect(serverFieldErrors({ code: 'rate_limited', details: '{"retry_after_seconds":5}' })).toEqual([]);
    expect(serverFieldErrors({ code: 'invalid_payload', details: 'not json' })).toEqual([]);
    expect(serverFieldErrors(null)).toEqual([]);
  });

  test('a form shows the first error of each field', () => {
    const byField = firstErrorByField([
      { path: 'a', code: 'too_long' },
      { path: 'a', code: 'required' },
      { path: 'b', code: 'invalid_email' },
    ]);
    expect([...byField]).toEqual([['a', 'too_long'], ['b', 'invalid_email']]);
  });
});

describe('where someone lives', () => {
  test.each([
    ['RG1 2AB', 'berkshire'], ['rg9', 'oxfordshire'], ['RG24 9XX', 'outside'], ['SL7 1AA', 'buckinghamshire'],
    ['SL4', 'berkshire'], ['HP1', 'outside'], ['HP13 5AB', 'buckinghamshire'], ['MK9 1AA', 'buckinghamshire'],
    ['MK40', 'outside'], ['OX4 1AA', 'oxfordshire'], ['GU47', 'berkshire'], ['SN7 7AA', 'oxfordshire'],
    ['SW1A 1AA', 'outside'], ['B1 1AA', 'outside'], ['Reading', 'berkshire'], ['  milton   keynes ', 'buckinghamshire'],
    ['Henley on Thames', 'oxfordshire'], ['Atlantis', null], ['', null],
  ] as const)('%s → %s', (input, county) => {
    expect(countyFor(input)).toBe(county);
  });

  test('postcode districts are read from full postcodes, with or without the space', () => {
    expect(postcodeDistrict('rg127ab')).toBe('RG12');
    expect(postcodeDistrict('RG1 2AB')).toBe('RG1');
    expect(postcodeDistrict('Reading')).toBeNull();
    expect(isOutsideThamesValley('CV1 2AA')).toBe(true);
    expect(isOutsideThamesValley('OX1')).toBe(false);
  });
});
