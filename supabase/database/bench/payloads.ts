// The referrals the benchmarks send, as samples of the schemas (../tests/support/
// samples.ts) with these answers: a question added to the forms is answered in
// them without being written here. `npm run db:generate` writes payloads.json,
// which the benchmarks read (plain node, no build step); each send gets its own
// idempotency key.
import { parentCarerReferralSchema, youngPersonReferralSchema } from '../../../src/schemas';
import { sample } from '../tests/support/samples';

const consent = (givenBy: 'young_person' | 'parent_carer') => ({
  what: 'referral',
  given_by: givenBy,
  given_at: '2026-11-20T18:04:05.123Z',
  notice_version: '2026-11',
});
const key = '00000000-0000-4000-8000-000000000000';

export function benchPayloads() {
  return {
    /** submit.mjs: a young person's referral, sent a thousand times. */
    young_person: sample(youngPersonReferralSchema, {
      idempotency_key: key,
      source: 'young_person',
      age_band: '11-15',
      language: 'en',
      young_person: {
        first_name: 'Sam',
        pronouns: 'they/them',
        age: 14,
        county: 'berkshire',
        area: 'RG1',
      },
      what_happened: {
        categories: ['online_abuse_harassment'],
        involvement: 'victim',
        when: 'this_month',
        details: 'Messages every night.',
        reported_to_police: 'not_sure',
      },
      safety: { safe_now: 'yes', harmer_lives_with_them: 'no' },
      support: { wanted: ['talk_to_someone'] },
      contact: {
        via: 'direct',
        channels: ['text_message'],
        phone: '07700 900123',
        voicemail_ok: false,
        say_who_we_are: false,
        safe_days: ['mon'],
        safe_times: ['afternoon'],
        language: 'en',
        interpreter: false,
      },
      parent_carer: { knows: 'no', safe_to_know: 'not_sure', may_contact: false },
      consents: [consent('young_person')],
    }),
    /** intake/bench.mjs: a parent's referral, queued by the thousand and pulled. */
    parent_carer: sample(parentCarerReferralSchema, {
      idempotency_key: key,
      source: 'parent_carer',
      age_band: '5-10',
      language: 'en',
      young_person: {
        first_name: 'Ali',
        date_of_birth: '2018-03-09',
        county: 'buckinghamshire',
        area: 'Milton Keynes',
      },
      what_happened: {
        categories: ['violence', 'hate_crime'],
        involvement: 'witness',
        when: 'this_week',
        details: 'Saw a fight at the bus stop.',
        reported_to_police: 'yes',
      },
      safety: { safe_now: 'yes', harmer_lives_with_them: 'no' },
      support: { wanted: ['talk_to_someone', 'school_support'] },
      contact: {
        via: 'direct',
        channels: ['phone_call'],
        phone: '07700 900456',
        voicemail_ok: true,
        say_who_we_are: true,
        safe_days: ['tue', 'thu'],
        safe_times: ['evening'],
        language: 'en',
        interpreter: false,
      },
      referrer: {
        name: 'Ayesha Khan',
        relationship: 'parent',
        young_person_agreed: 'too_young',
        phone: '07700 900456',
      },
      consents: [consent('parent_carer')],
    }),
  };
}
