// Answers become the payload unchanged: nothing trimmed or rewritten, empty
// optional answers left out, and the most private choice where a question was
// never asked.
import { describe, expect, it } from 'vitest';
import { constraintsAt, validate, referralSchema, referralSchemas } from '../../schemas';
import { emptyAnswers, getAt, setAt, type Answers } from './answers';
import { toPayload } from './payload';
import { questionFor } from './journeys';

const key = '3f2b7c1e-8d4a-4b6e-9c2d-1a5f0e7b9c3d';
function filled(): Answers {
  let a = emptyAnswers();
  const set = (path: string, value: unknown) => (a = setAt(a, path, value));
  set('young_person.first_name', '  Zoë 🌟 ');
  set('young_person.age', '14');
  set('young_person.area', 'rg1');
  set('what_happened.categories', ['violence']);
  set('what_happened.involvement', 'victim');
  set('what_happened.when', 'not_sure');
  set('what_happened.reported_to_police', 'no');
  set('what_happened.crime_reference', 'typed before changing to no');
  set('safety.safe_now', 'yes');
  set('safety.harmer_lives_with_them', 'no');
  set('support.wanted', ['not_sure']);
  set('contact.via', 'direct');
  set('contact.ranked', ['email', '', '']);
  set('contact.email', 'zoe@example.com');
  set('contact.email_shared', 'no');
  set('contact.language', 'en');
  set('contact.interpreter', 'no');
  set('parent_carer.knows', 'yes');
  set('parent_carer.safe_to_know', 'yes');
  set('parent_carer.may_contact', 'yes');
  set('consents.referral', '2026-11-21T10:00:00.000Z');
  return firstChoices(a);
}

/**
 * A question these tests are not about, and its schema needs answered, gets the
 * first choice it offers, or a plain valid text.
 */
function firstChoices(a: Answers): Answers {
  const ctx = { source: 'young_person', band: '11-15', language: 'en', key } as const;
  const samples = { email: 'sample@example.com', tel: '07700 900000' };
  for (const { path, code } of validate(referralSchema, toPayload(a, ctx))) {
    const question = questionFor(ctx.source, path);
    if (code !== 'required' || !question) continue;
    const type = constraintsAt(referralSchemas[ctx.source], path).type;
    const first =
      question.options !== undefined
        ? question.values[0]
        : question.kind === 'text' || question.kind === 'textarea'
          ? ((type && samples[type]) ?? 'Sample')
          : undefined;
    if (first !== undefined) a = setAt(a, path, Array.isArray(getAt(a, path)) ? [first] : first);
  }
  return a;
}

describe('toPayload', () => {
  const payload = toPayload(filled(), {
    source: 'young_person',
    band: '11-15',
    language: 'pl',
    key,
  });

  it('is a valid referral', () => {
    expect(validate(referralSchema, payload)).toEqual([]);
  });

  it('keeps text exactly as typed and fills the county from the postcode', () => {
    expect(payload.young_person).toEqual({
      first_name: '  Zoë 🌟 ',
      age: 14,
      area: 'rg1',
      county: 'berkshire',
    });
  });

  it('leaves out answers to questions no longer asked', () => {
    expect(payload.what_happened).not.toHaveProperty('crime_reference');
    expect(payload.contact).not.toHaveProperty('phone');
    expect(payload.contact).not.toHaveProperty('safe_adult');
  });

  it('sends no number, channel or voicemail answer the person moved away from', () => {
    let a = filled();
    a = setAt(a, 'contact.ranked', ['phone_call', '', '']);
    a = setAt(a, 'contact.phone', '07700 900982');
    a = setAt(a, 'contact.phone_shared', 'no');
    a = setAt(a, 'contact.voicemail_ok', 'yes');
    a = setAt(a, 'contact.via', 'safe_adult');
    a = setAt(a, 'contact.safe_adult', {
      name: 'Aunt Jo',
      relationship: 'aunt',
      phone: '07700 900111',
      email: '',
    });
    const moved = toPayload(a, {
      source: 'young_person',
      band: '11-15',
      language: 'en',
      key,
    }).contact;
    expect(moved).toMatchObject({
      via: 'safe_adult',
      channels: [],
      voicemail_ok: false,
      say_who_we_are: false,
      safe_days: [],
      safe_times: [],
    });
    expect(moved).not.toHaveProperty('phone');
    expect(moved).not.toHaveProperty('phone_shared');
    expect(moved).not.toHaveProperty('email');
    const emailOnly = toPayload(
      setAt(setAt(a, 'contact.via', 'direct'), 'contact.ranked', ['email', '', '']),
      { source: 'young_person', band: '11-15', language: 'en', key },
    ).contact;
    expect(emailOnly).toMatchObject({
      channels: ['email'],
      email: 'zoe@example.com',
      voicemail_ok: false,
    });
    expect(emailOnly).not.toHaveProperty('phone');
  });

  it('chooses "no" for voicemail and saying who we are when we will not phone', () => {
    expect(payload.contact).toMatchObject({
      channels: ['email'],
      voicemail_ok: false,
      say_who_we_are: false,
    });
  });

  it('records both consents the one box covers, with who gave them and when', () => {
    expect(payload.consents).toEqual([
      {
        what: 'referral',
        given_by: 'young_person',
        given_at: '2026-11-21T10:00:00.000Z',
        notice_version: 'privacy-2026-11',
      },
      {
        what: 'contact',
        given_by: 'young_person',
        given_at: '2026-11-21T10:00:00.000Z',
        notice_version: 'privacy-2026-11',
      },
    ]);
  });

  it('takes a grown-up referral’s age band from the age given', () => {
    const a = setAt(setAt(filled(), 'young_person.age', '16'), 'referrer.name', 'Parent');
    expect(
      toPayload(a, { source: 'parent_carer', band: '11-15', language: 'en', key }).age_band,
    ).toBe('16-17');
  });

  it('never says we may contact a parent once it is not safe, or not sure, for them to know', () => {
    for (const safe of ['no', 'not_sure'] as const) {
      // "Yes, talk to them" was chosen while it was still "safe to know".
      let a = setAt(filled(), 'parent_carer.may_contact', 'yes');
      a = setAt(a, 'parent_carer.safe_to_know', safe);
      const sent = toPayload(a, { source: 'young_person', band: '11-15', language: 'en', key });
      expect(sent).toMatchObject({ parent_carer: { safe_to_know: safe, may_contact: false } });
      expect(validate(referralSchema, sent)).toEqual([]);
    }
  });

  it('asks a parent again whether their child agrees once the age given is 16', () => {
    let a = setAt(filled(), 'young_person.age', '16');
    a = setAt(a, 'referrer.young_person_agreed', 'too_young');
    const sent = toPayload(a, { source: 'parent_carer', band: '11-15', language: 'en', key });
    expect(sent).not.toHaveProperty('referrer.young_person_agreed');
    expect(validate(referralSchema, sent)).toContainEqual({
      path: 'referrer.young_person_agreed',
      code: 'required',
    });
  });
});
