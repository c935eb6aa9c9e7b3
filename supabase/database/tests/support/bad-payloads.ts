// Bad payloads and the exact error each must get: the documented part of the
// contract a form relies on to put the server's answer on the right field.
import type { FieldError } from '../../../../src/schemas';
import * as fx from './fixtures';

type Payload = fx.Loose;
export interface BadCase {
  name: string;
  payload: () => unknown;
  errors: FieldError[];
}

const change = (make: () => Payload, edit: (p: Payload) => void) => () => {
  const p = make();
  edit(p);
  return p;
};

export const badReferrals: BadCase[] = [
  { name: 'not an object', payload: () => [1, 2], errors: [{ path: '', code: 'invalid' }] },
  {
    name: 'no source',
    payload: change(fx.youngPersonReferral, (p) => delete p.source),
    errors: [{ path: 'source', code: 'required' }],
  },
  {
    name: 'unknown source',
    payload: change(fx.youngPersonReferral, (p) => (p.source = 'police')),
    errors: [{ path: 'source', code: 'invalid_choice' }],
  },
  {
    name: 'blank first name',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.first_name = ' \u00a0 ')),
    errors: [{ path: 'young_person.first_name', code: 'required' }],
  },
  {
    name: 'first name too long (61 characters, emoji count once)',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.first_name = '😀'.repeat(61))),
    errors: [{ path: 'young_person.first_name', code: 'too_long' }],
  },
  {
    name: 'aged 18',
    payload: change(fx.parentCarerReferral, (p) => {
      delete p.young_person.date_of_birth;
      p.young_person.age = 18;
    }),
    errors: [{ path: 'young_person.age', code: 'out_of_range' }],
  },
  {
    name: 'self-referral aged 9',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.age = 9)),
    errors: [{ path: 'young_person.age', code: 'out_of_range' }],
  },
  {
    name: 'self-referral in the 5-10 band',
    payload: change(fx.youngPersonReferral, (p) => (p.age_band = '5-10')),
    errors: [{ path: 'age_band', code: 'invalid_choice' }],
  },
  {
    name: 'no age or date of birth',
    payload: change(fx.youngPersonReferral, (p) => delete p.young_person.age),
    errors: [{ path: 'young_person.age', code: 'required' }],
  },
  {
    name: 'impossible date of birth',
    payload: change(fx.parentCarerReferral, (p) => (p.young_person.date_of_birth = '2015-02-29')),
    errors: [{ path: 'young_person.date_of_birth', code: 'invalid_date' }],
  },
  {
    name: 'date of birth making them 3',
    payload: change(
      fx.parentCarerReferral,
      (p) => (p.young_person.date_of_birth = `${new Date().getUTCFullYear() - 3}-01-01`),
    ),
    errors: [{ path: 'young_person.date_of_birth', code: 'out_of_range' }],
  },
  {
    name: 'age as text',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.age = '14')),
    errors: [{ path: 'young_person.age', code: 'invalid' }],
  },
  {
    name: 'unknown county',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.county = 'kent')),
    errors: [{ path: 'young_person.county', code: 'invalid_choice' }],
  },
  {
    name: 'no category',
    payload: change(fx.youngPersonReferral, (p) => (p.what_happened.categories = [])),
    errors: [{ path: 'what_happened.categories', code: 'required' }],
  },
  {
    name: 'unknown category',
    payload: change(
      fx.youngPersonReferral,
      (p) => (p.what_happened.categories = ['violence', 'arson']),
    ),
    errors: [{ path: 'what_happened.categories.1', code: 'invalid_choice' }],
  },
  {
    name: 'repeated category',
    payload: change(
      fx.youngPersonReferral,
      (p) => (p.what_happened.categories = ['violence', 'violence']),
    ),
    errors: [{ path: 'what_happened.categories', code: 'duplicate' }],
  },
  {
    name: 'details too long',
    payload: change(fx.youngPersonReferral, (p) => (p.what_happened.details = 'x'.repeat(4001))),
    errors: [{ path: 'what_happened.details', code: 'too_long' }],
  },
  {
    name: 'text channel without a phone',
    payload: change(fx.youngPersonReferral, (p) => delete p.contact.phone),
    errors: [{ path: 'contact.phone', code: 'required' }],
  },
  {
    name: 'invalid email',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.email = 'sam@example')),
    errors: [{ path: 'contact.email', code: 'invalid_email' }],
  },
  {
    name: 'non-UK phone',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.phone = '+1 202 555 0100')),
    errors: [{ path: 'contact.phone', code: 'invalid_phone' }],
  },
  {
    name: 'direct contact with no channel',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.channels = [])),
    errors: [{ path: 'contact.channels', code: 'required' }],
  },
  {
    name: 'through a safe adult with nobody named',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.via = 'safe_adult')),
    errors: [{ path: 'contact.safe_adult', code: 'required' }],
  },
  {
    name: 'safe adult with no way to reach them',
    payload: change(fx.youngPersonReferral, (p) => {
      p.contact.via = 'safe_adult';
      p.contact.safe_adult = { name: 'Aunt Jo', relationship: 'aunt' };
    }),
    errors: [{ path: 'contact.safe_adult.phone', code: 'required' }],
  },
  {
    name: 'other language not named',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.language = 'other')),
    errors: [{ path: 'contact.other_language', code: 'required' }],
  },
  {
    name: 'voicemail not answered',
    payload: change(fx.youngPersonReferral, (p) => delete p.contact.voicemail_ok),
    errors: [{ path: 'contact.voicemail_ok', code: 'required' }],
  },
  {
    name: 'no consent to be referred',
    payload: change(fx.youngPersonReferral, (p) => (p.consents[0].what = 'contact')),
    errors: [{ path: 'consents', code: 'required' }],
  },
  {
    name: 'consent time not an ISO instant',
    payload: change(fx.youngPersonReferral, (p) => (p.consents[0].given_at = '20/11/2026 18:04')),
    errors: [{ path: 'consents.0.given_at', code: 'invalid_date' }],
  },
  {
    name: 'professional without the young person agreeing',
    payload: change(fx.professionalReferral, (p) => (p.professional.young_person_agreed = false)),
    errors: [{ path: 'professional.young_person_agreed', code: 'required' }],
  },
  {
    name: 'parent not told, no reason given',
    payload: change(fx.professionalReferral, (p) => delete p.professional.parent_not_told_reason),
    errors: [{ path: 'professional.parent_not_told_reason', code: 'required' }],
  },
  {
    name: 'professional without a work email',
    payload: change(fx.professionalReferral, (p) => delete p.referrer.email),
    errors: [{ path: 'referrer.email', code: 'required' }],
  },
  {
    name: 'parent gives no way to reach them',
    payload: change(fx.parentCarerReferral, (p) => delete p.referrer.phone),
    errors: [{ path: 'referrer.phone', code: 'required' }],
  },
  {
    name: 'a field the contract does not know',
    payload: change(fx.youngPersonReferral, (p) => (p.young_person.nickname = 'x')),
    errors: [{ path: 'young_person.nickname', code: 'unknown_field' }],
  },
  {
    name: 'a section from another sender',
    payload: change(fx.youngPersonReferral, (p) => (p.professional = {})),
    errors: [{ path: 'professional', code: 'unknown_field' }],
  },
  {
    name: 'idempotency key not a UUID',
    payload: change(fx.youngPersonReferral, (p) => (p.idempotency_key = 'retry-1')),
    errors: [{ path: 'idempotency_key', code: 'invalid_format' }],
  },
];

/** Through a safe adult, as the form sends it: no channels and none of the young person's own details. */
function throughSafeAdult(p: Payload) {
  p.contact.via = 'safe_adult';
  p.contact.channels = [];
  p.contact.safe_adult = { name: 'Aunt Jo', relationship: 'aunt', phone: '07700 900111' };
  delete p.contact.phone;
  delete p.contact.email;
  delete p.contact.phone_shared;
}

/**
 * Contact choices the person moved away from: each must be refused with exactly
 * these errors, never stored, so nobody is contacted in a way they said was unsafe.
 */
export const abandonedContact: BadCase[] = [
  {
    name: 'through a safe adult, with the channels chosen before',
    payload: change(fx.youngPersonReferral, (p) => {
      throughSafeAdult(p);
      p.contact.channels = ['text_message'];
    }),
    errors: [{ path: 'contact.channels', code: 'invalid' }],
  },
  {
    name: 'through a safe adult, with their own phone number',
    payload: change(fx.youngPersonReferral, (p) => {
      throughSafeAdult(p);
      p.contact.phone = '07700 900123';
    }),
    errors: [{ path: 'contact.phone', code: 'invalid' }],
  },
  {
    name: 'through a safe adult, saying whether their phone is shared',
    payload: change(fx.youngPersonReferral, (p) => {
      throughSafeAdult(p);
      p.contact.phone_shared = 'no';
    }),
    errors: [{ path: 'contact.phone_shared', code: 'invalid' }],
  },
  {
    name: 'through school, with their own email address',
    payload: change(fx.professionalReferral, (p) => {
      throughSafeAdult(p);
      delete p.contact.safe_adult;
      p.contact.via = 'school';
      p.contact.email = 'kasia@example.org';
      p.contact.email_shared = 'yes';
    }),
    errors: [
      { path: 'contact.email', code: 'invalid' },
      { path: 'contact.email_shared', code: 'invalid' },
    ],
  },
  {
    name: 'through school, voicemail and saying who we are',
    payload: change(fx.youngPersonReferral, (p) => {
      throughSafeAdult(p);
      delete p.contact.safe_adult;
      p.contact.via = 'school';
      p.contact.voicemail_ok = true;
      p.contact.say_who_we_are = true;
    }),
    errors: [
      { path: 'contact.voicemail_ok', code: 'invalid' },
      { path: 'contact.say_who_we_are', code: 'invalid' },
    ],
  },
  {
    name: 'direct by email only, with a phone number left over',
    payload: change(fx.youngPersonReferral, (p) => (p.contact.channels = ['email'])),
    errors: [
      { path: 'contact.phone', code: 'invalid' },
      { path: 'contact.phone_shared', code: 'invalid' },
    ],
  },
  {
    name: 'direct by text only, with an email address left over',
    payload: change(fx.youngPersonReferral, (p) => {
      p.contact.channels = ['text_message'];
      p.contact.email_shared = 'not_sure';
    }),
    errors: [
      { path: 'contact.email', code: 'invalid' },
      { path: 'contact.email_shared', code: 'invalid' },
    ],
  },
  {
    name: 'direct by text only, voicemail allowed',
    payload: change(fx.youngPersonReferral, (p) => {
      p.contact.voicemail_ok = true;
    }),
    errors: [{ path: 'contact.voicemail_ok', code: 'invalid' }],
  },
  {
    name: 'direct by email only, saying who we are',
    payload: change(fx.youngPersonReferral, (p) => {
      p.contact.channels = ['email'];
      delete p.contact.phone;
      delete p.contact.phone_shared;
      p.contact.say_who_we_are = true;
    }),
    errors: [{ path: 'contact.say_who_we_are', code: 'invalid' }],
  },
  {
    name: 'a parent by email only, with their phone number copied in',
    payload: change(fx.parentCarerReferral, (p) => {
      p.contact.channels = ['email'];
      p.contact.phone = p.referrer.phone;
      delete p.contact.phone_shared;
    }),
    errors: [{ path: 'contact.phone', code: 'invalid' }],
  },
];

export const badFeedback: BadCase[] = [
  {
    name: 'no answers at all',
    payload: change(fx.feedback, (p) => (p.answers = {})),
    errors: [{ path: 'answers', code: 'required' }],
  },
  {
    name: 'satisfaction out of range',
    payload: change(fx.feedback, (p) => (p.answers.satisfaction = 6)),
    errors: [{ path: 'answers.satisfaction', code: 'out_of_range' }],
  },
  {
    name: 'malformed token',
    payload: change(fx.feedback, (p) => (p.token = 'abc')),
    errors: [{ path: 'token', code: 'invalid_format' }],
  },
  {
    name: 'identity smuggled in',
    payload: change(fx.feedback, (p) => (p.answers.name = 'Sam')),
    errors: [{ path: 'answers.name', code: 'unknown_field' }],
  },
  {
    name: 'comment too long',
    payload: change(fx.feedback, (p) => (p.answers.comment = 'x'.repeat(2001))),
    errors: [{ path: 'answers.comment', code: 'too_long' }],
  },
];

/** Consent follows safety: each refused with exactly these errors, by schema and database. */
export const unsafeConsent: BadCase[] = [
  ...(['no', 'not_sure'] as const).flatMap((safe): BadCase[] => [
    {
      name: `a young person says it is ${safe === 'no' ? 'not safe' : 'not sure if it is safe'} for their parents to know, yet may contact`,
      payload: change(fx.youngPersonReferral, (p) => {
        p.parent_carer = { knows: 'yes', safe_to_know: safe, may_contact: true };
      }),
      errors: [{ path: 'parent_carer.may_contact', code: 'invalid' }],
    },
    {
      name: `a professional says it is ${safe === 'no' ? 'not safe' : 'not sure if it is safe'} for the parents to know, yet may contact`,
      payload: change(fx.professionalReferral, (p) => {
        p.parent_carer = { knows: 'yes', safe_to_know: safe, may_contact: true };
      }),
      errors: [{ path: 'parent_carer.may_contact', code: 'invalid' }],
    },
  ]),
  {
    name: 'a parent says their 16 year old is too young to understand',
    payload: change(fx.parentCarerReferral, (p) => {
      p.age_band = '16-17';
      delete p.young_person.date_of_birth;
      p.young_person.age = 16;
    }),
    errors: [{ path: 'referrer.young_person_agreed', code: 'invalid' }],
  },
];
