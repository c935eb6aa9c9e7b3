// The referral example the README quotes for the version written now: a sample of
// the current document (../database/tests/support/samples.ts) with these answers, so a
// question added to the forms appears in it without being written here.
// document-schema.test.ts compares examples/ and the README with it, and
// `npm run db:generate` writes both.
import { sample } from '../database/tests/support/samples';
import { referralDocumentSchema, referralDocumentVersion } from './document-schema';

const { version, minor } = referralDocumentVersion;

/** Urgent because what happened is still happening. */
const professional = {
  version,
  ...(minor ? { minor_version: minor } : {}),
  reference: 'K7QM-4TXC',
  received_at: '2026-08-03T09:15:42.318Z',
  statistics_id: '3f6c2a9e-8d41-4b7a-9c15-2e0d7f4b6a83',
  contact_summary:
    'Contact the young person by text first, then email. Do not leave voicemail. Do not say who we are. Do not contact parents or carers: not safe for them to know. Mondays and Wednesdays, afternoons. Prefers English.',
  priority: 'urgent',
  urgent_reasons: ['still_happening'],
  source: 'professional',
  age_band: '16-17',
  language: 'en',
  county: 'oxfordshire',
  young_person: {
    first_name: 'Kasia',
    pronouns: 'she/her',
    age: 16,
    county: 'oxfordshire',
    area: 'OX4',
    school: 'Cherwell Academy',
  },
  what_happened: {
    categories: ['online_abuse_harassment', 'hate_crime'],
    involvement: 'victim',
    when: 'ongoing',
    details: 'Messages every night from an account she does not know.',
    reported_to_police: 'not_sure',
  },
  safety: { safe_now: 'yes', harmer_lives_with_them: 'no' },
  support: { wanted: ['talk_to_someone', 'online_safety'] },
  contact: {
    via: 'direct',
    channels: ['text_message', 'email'],
    phone: '07700 900123',
    email: 'kasia@example.org',
    voicemail_ok: false,
    say_who_we_are: false,
    safe_days: ['mon', 'wed'],
    safe_times: ['afternoon'],
    phone_shared: 'no',
    language: 'en',
    interpreter: false,
  },
  consents: [
    {
      what: 'referral',
      given_by: 'young_person',
      given_at: '2026-08-03T09:10:05.123Z',
      notice_version: '2026-11',
    },
  ],
  referrer: {
    name: 'J. Teacher',
    role: 'Designated safeguarding lead',
    organisation: 'Cherwell Academy',
    organisation_type: 'school',
    email: 'dsl@school.example.org',
    phone: '01865 000000',
  },
  parent_carer: { knows: 'no', safe_to_know: 'no', may_contact: false },
  professional: {
    young_person_agreed: true,
    parent_not_told_reason: 'The young person asked us not to, and the harm is at home.',
    safeguarding_lead_told: 'yes',
    safeguarding_referral_made: 'not_sure',
  },
};

const WIDTH = 100;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const holdsObject = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some((item) => isObject(item) || holdsObject(item))
    : isObject(v) && Object.values(v).some((item) => isObject(item) || holdsObject(item));

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (isObject(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

/**
 * JSON as the README lays it out: a list or an object that holds no object is
 * written on one line where it fits (an object in a list always is), anything
 * else one entry a line.
 */
function layout(value: unknown, indent: string, lead: string, inList: boolean): string {
  const flat = oneLine(value);
  const container = Array.isArray(value) || isObject(value);
  if (
    !container ||
    (indent && !holdsObject(value) && (inList || (indent + lead + flat).length < WIDTH))
  )
    return flat;
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => inner + layout(v, inner, '', true))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        const key = `${JSON.stringify(k)}: `;
        return inner + key + layout(v, inner, key, false);
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${entries.join(',\n')}\n${indent}${close}`;
}

/** The example file's text for the referral document written now. */
export function referralExample(): string {
  return `${layout(sample(referralDocumentSchema, professional), '', '', false)}\n`;
}
