// The payload contract on its own, without a database: what the forms get from it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fx from '../../supabase/database/tests/support/fixtures';
import * as patterns from './patterns';
import {
  contactSchema,
  countyFor,
  feedbackSchema,
  limits,
  postcodeDistrict,
  referralSchema,
  serverFieldErrors,
  validate,
  youngPersonSchema,
  type Contact,
} from '.';

describe('referral and feedback schemas', () => {
  test('the example payload of each sender is valid', () => {
    for (const payload of [
      fx.youngPersonReferral(),
      fx.parentCarerReferral(),
      fx.professionalReferral(),
    ]) {
      expect(validate(referralSchema, payload)).toEqual([]);
    }
    expect(validate(feedbackSchema, fx.feedback())).toEqual([]);
  });

  test('errors are codes with dotted paths, unknown keys named one by one', () => {
    const payload: fx.Loose = fx.youngPersonReferral();
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
    expect(validate(youngPersonSchema(11), yp, 'young_person')).toEqual([
      { path: 'young_person.age', code: 'out_of_range' },
    ]);
  });

  test('limits are numbers a form can put in maxlength', () => {
    expect(limits.firstName).toBe(60);
    const long = { ...fx.feedback(), answers: { comment: 'x'.repeat(limits.comment + 1) } };
    expect(validate(feedbackSchema, long)).toEqual([{ path: 'answers.comment', code: 'too_long' }]);
  });

  test('the database migrations carry the same patterns as the schemas', () => {
    const dir = new URL('../../supabase/migrations/', import.meta.url);
    const sql = readdirSync(dir)
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n')
      .replaceAll("''", "'");
    for (const pattern of [
      patterns.email,
      patterns.phoneChars,
      patterns.ukPhoneDigits,
      patterns.uuid,
      patterns.isoInstant,
      patterns.feedbackToken,
      patterns.noticeVersion,
    ]) {
      expect(sql).toContain(pattern.source);
    }
  });
});

describe('contact: only what the chosen way of getting in touch uses', () => {
  const base: Pick<Contact, 'safe_days' | 'safe_times' | 'language' | 'interpreter'> = {
    safe_days: [],
    safe_times: [],
    language: 'en',
    interpreter: false,
  };
  const direct = (contact: Partial<Contact>): Partial<Contact> => ({
    ...base,
    via: 'direct',
    voicemail_ok: false,
    say_who_we_are: false,
    ...contact,
  });
  const through = (
    via: 'safe_adult' | 'school',
    contact: Partial<Contact> = {},
  ): Partial<Contact> => ({
    ...base,
    via,
    channels: [],
    voicemail_ok: false,
    say_who_we_are: false,
    ...(via === 'safe_adult'
      ? { safe_adult: { name: 'Jo', relationship: 'aunt', phone: '07700 900111' } }
      : {}),
    ...contact,
  });
  const errors = (contact: Partial<Contact>) => validate(contactSchema, contact, 'contact');

  test.each([
    [
      'a phone call, with voicemail and saying who we are',
      direct({
        channels: ['phone_call'],
        phone: '07700 900123',
        phone_shared: 'no',
        voicemail_ok: true,
        say_who_we_are: true,
      }),
    ],
    [
      'a text, then email',
      direct({
        channels: ['text_message', 'email'],
        phone: '07700 900123',
        email: 'sam@example.org',
        email_shared: 'yes',
      }),
    ],
    ['email only', direct({ channels: ['email'], email: 'sam@example.org' })],
    ['through a safe adult', through('safe_adult')],
    [
      'through school, on certain days',
      through('school', { safe_days: ['mon'], safe_times: ['morning'] }),
    ],
  ])('valid: %s', (_name, contact) => {
    expect(errors(contact)).toEqual([]);
  });

  test.each(['safe_adult', 'school'] as const)(
    'through %s: no channels, none of their own details, no voicemail',
    (via) => {
      expect(errors(through(via, { channels: ['phone_call', 'email'] }))).toEqual([
        { path: 'contact.channels', code: 'invalid' },
      ]);
      expect(
        errors(
          through(via, {
            phone: '07700 900123',
            phone_shared: 'no',
            email: 'sam@example.org',
            email_shared: 'not_sure',
          }),
        ),
      ).toEqual([
        { path: 'contact.phone', code: 'invalid' },
        { path: 'contact.phone_shared', code: 'invalid' },
        { path: 'contact.email', code: 'invalid' },
        { path: 'contact.email_shared', code: 'invalid' },
      ]);
      expect(errors(through(via, { voicemail_ok: true, say_who_we_are: true }))).toEqual([
        { path: 'contact.voicemail_ok', code: 'invalid' },
        { path: 'contact.say_who_we_are', code: 'invalid' },
      ]);
    },
  );

  test('direct: a number only with a phone or text channel, an address only with email, voicemail only with a call', () => {
    expect(
      errors(
        direct({
          channels: ['email'],
          email: 'sam@example.org',
          phone: '07700 900123',
          phone_shared: 'yes',
        }),
      ),
    ).toEqual([
      { path: 'contact.phone', code: 'invalid' },
      { path: 'contact.phone_shared', code: 'invalid' },
    ]);
    expect(
      errors(direct({ channels: ['text_message'], phone: '07700 900123', email_shared: 'no' })),
    ).toEqual([{ path: 'contact.email_shared', code: 'invalid' }]);
    expect(
      errors(
        direct({
          channels: ['text_message'],
          phone: '07700 900123',
          voicemail_ok: true,
          say_who_we_are: true,
        }),
      ),
    ).toEqual([
      { path: 'contact.voicemail_ok', code: 'invalid' },
      { path: 'contact.say_who_we_are', code: 'invalid' },
    ]);
    expect(errors(direct({ channels: ['phone_call'] }))).toEqual([
      { path: 'contact.phone', code: 'required' },
    ]);
    expect(errors(direct({ channels: [] }))).toEqual([
      { path: 'contact.channels', code: 'required' },
    ]);
  });

  test('a malformed number the person moved away from is both: malformed, and not wanted', () => {
    const found = errors(through('school', { phone: 'call me' }));
    expect(new Set(found.map((e) => `${e.path} ${e.code}`))).toEqual(
      new Set(['contact.phone invalid_phone', 'contact.phone invalid']),
    );
  });

  // What src/islands/referral/payload.ts sends for each sender once the person has
  // settled on a way to be contacted: a parent's own number or address, copied into
  // contact, only with the channel that uses it.
  test('what the form sends for each sender is valid', () => {
    const parent = fx.parentCarerReferral();
    parent.referrer.email = 'ayesha@example.org';
    const variants: fx.Loose[] = [];
    parent.contact = direct({
      channels: ['phone_call', 'text_message'],
      phone: parent.referrer.phone,
      voicemail_ok: true,
    }) as Contact;
    variants.push(structuredClone(parent));
    parent.contact = direct({ channels: ['email'], email: parent.referrer.email }) as Contact;
    variants.push(structuredClone(parent));
    for (const make of [fx.youngPersonReferral, fx.professionalReferral]) {
      for (const via of ['safe_adult', 'school'] as const)
        variants.push({ ...make(), contact: through(via) });
      variants.push({
        ...make(),
        contact: direct({ channels: ['email'], email: 'sam@example.org', email_shared: 'no' }),
      });
    }
    for (const payload of variants)
      expect(validate(referralSchema, payload), JSON.stringify(payload.contact)).toEqual([]);
    parent.contact = { ...parent.contact, phone: parent.referrer.phone } as Contact;
    expect(validate(referralSchema, parent)).toEqual([{ path: 'contact.phone', code: 'invalid' }]);
  });
});

describe('server errors', () => {
  test('field errors come out of a 400 body; anything else gives none', () => {
    const body = {
      code: 'invalid_payload',
      message: 'invalid_payload',
      hint: null,
      details: '[{"path":"contact.email","code":"invalid_email"},{"path":"x","code":"made_up"}]',
    };
    expect(serverFieldErrors(body)).toEqual([{ path: 'contact.email', code: 'invalid_email' }]);
    expect(
      serverFieldErrors({ code: 'rate_limited', details: '{"retry_after_seconds":5}' }),
    ).toEqual([]);
    expect(serverFieldErrors({ code: 'invalid_payload', details: 'not json' })).toEqual([]);
    expect(serverFieldErrors(null)).toEqual([]);
  });
});

describe('where someone lives', () => {
  test.each([
    ['RG1 2AB', 'berkshire'],
    ['rg9', 'oxfordshire'],
    ['RG24 9XX', 'outside'],
    ['SL7 1AA', 'buckinghamshire'],
    ['SL4', 'berkshire'],
    ['HP1', 'outside'],
    ['HP13 5AB', 'buckinghamshire'],
    ['MK9 1AA', 'buckinghamshire'],
    ['MK40', 'outside'],
    ['OX4 1AA', 'oxfordshire'],
    ['GU47', 'berkshire'],
    ['SN7 7AA', 'oxfordshire'],
    ['SW1A 1AA', 'outside'],
    ['B1 1AA', 'outside'],
    ['Reading', 'berkshire'],
    ['  milton   keynes ', 'buckinghamshire'],
    ['Henley on Thames', 'oxfordshire'],
    ['Atlantis', null],
    ['', null],
  ] as const)('%s → %s', (input, county) => {
    expect(countyFor(input)).toBe(county);
  });

  test('postcode districts are read from full postcodes, with or without the space', () => {
    expect(postcodeDistrict('rg127ab')).toBe('RG12');
    expect(postcodeDistrict('RG1 2AB')).toBe('RG1');
    expect(postcodeDistrict('Reading')).toBeNull();
    expect(countyFor('CV1 2AA')).toBe('outside');
  });
});
