// Valid payloads for each sender, as a form would send them. Tests copy and change
// one thing at a time. Each is a sample of its schema (samples.ts) with the answers
// the tests rely on: a question nobody names here is answered all the same.
import { randomUUID } from 'node:crypto';
import {
  adultFeedbackSchema,
  feedbackSchema,
  monitoringSchema,
  panelSchema,
  parentCarerReferralSchema,
  professionalReferralSchema,
  youngPersonReferralSchema,
  type AdultFeedbackPayload,
  type FeedbackPayload,
  type PanelPayload,
  type MonitoringPayload,
  type ParentCarerReferral,
  type ProfessionalReferral,
  type YoungPersonReferral,
} from '../../../../src/schemas';
import { sample } from './samples';

const consentAt = '2026-11-20T18:04:05.123Z';

const common = {
  language: 'en',
  what_happened: {
    categories: ['online_abuse_harassment', 'hate_crime'],
    involvement: 'victim',
    when: 'this_month',
    details:
      "Messages every night. Zażółć gęślą jaźń. 😢 <script>alert(1)</script> '; drop table x; --",
    reported_to_police: 'not_sure',
  },
  safety: { safe_now: 'yes', harmer_lives_with_them: 'no' },
  support: { wanted: ['talk_to_someone', 'online_safety'] },
  contact: {
    via: 'direct',
    channels: ['text_message', 'email'],
    phone: '07700 900123',
    email: 'sam@example.org',
    voicemail_ok: false,
    say_who_we_are: false,
    safe_days: ['mon', 'wed'],
    safe_times: ['afternoon'],
    phone_shared: 'no',
    language: 'en',
    interpreter: false,
  },
};

export function youngPersonReferral(): YoungPersonReferral {
  return sample(youngPersonReferralSchema, {
    idempotency_key: randomUUID(),
    source: 'young_person',
    age_band: '11-15',
    ...common,
    young_person: {
      first_name: 'Sam',
      pronouns: 'they/them',
      age: 14,
      county: 'berkshire',
      area: 'RG1',
    },
    parent_carer: { knows: 'no', safe_to_know: 'not_sure', may_contact: false },
    consents: [
      {
        what: 'referral',
        given_by: 'young_person',
        given_at: consentAt,
        notice_version: '2026-11',
      },
    ],
  });
}

export function parentCarerReferral(): ParentCarerReferral {
  return sample(parentCarerReferralSchema, {
    idempotency_key: randomUUID(),
    source: 'parent_carer',
    age_band: '5-10',
    ...common,
    language: 'ur',
    young_person: {
      first_name: 'علی',
      date_of_birth: '2018-03-09',
      county: 'buckinghamshire',
      area: 'Milton Keynes',
    },
    referrer: {
      name: 'Ayesha Khan',
      relationship: 'parent',
      young_person_agreed: 'too_young',
      phone: '+44 7700 900456',
    },
    consents: [
      {
        what: 'referral',
        given_by: 'parent_carer',
        given_at: consentAt,
        notice_version: '2026-11',
      },
      { what: 'contact', given_by: 'parent_carer', given_at: consentAt, notice_version: '2026-11' },
    ],
  });
}

export function professionalReferral(): ProfessionalReferral {
  return sample(professionalReferralSchema, {
    idempotency_key: randomUUID(),
    source: 'professional',
    age_band: '16-17',
    ...common,
    young_person: {
      first_name: 'Kasia',
      age: 16,
      county: 'oxfordshire',
      area: 'OX4',
      school: 'Cherwell Academy',
    },
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
    consents: [
      {
        what: 'referral',
        given_by: 'young_person',
        given_at: consentAt,
        notice_version: '2026-11',
      },
    ],
  });
}

export function feedback(): FeedbackPayload {
  return sample(feedbackSchema, {
    idempotency_key: randomUUID(),
    age_band: '11-15',
    language: 'pl',
    answers: { informed: 'better', safe: 'same', satisfaction: 4, comment: 'Dziękuję 🙂' },
  });
}

export function adultFeedback(
  respondent: AdultFeedbackPayload['respondent'] = 'parent_carer',
): AdultFeedbackPayload {
  return sample(adultFeedbackSchema, {
    idempotency_key: randomUUID(),
    respondent,
    language: 'ur',
    answers: { ease: 'easy', knew_next: 'partly', satisfaction: 5, comment: 'شکریہ 🙂' },
  });
}

export function panelVolunteer(): PanelPayload {
  return sample(panelSchema, {
    idempotency_key: randomUUID(),
    age_band: '11-15',
    language: 'en',
    first_name: 'Zoë',
    contact_method: 'text',
    phone: '07700 900123',
    consent: true,
  });
}

/** Monitoring answered by a grown-up after a referral about a 16-17 year old: every question. */
export function monitoring(): MonitoringPayload {
  return sample(monitoringSchema, {
    idempotency_key: randomUUID(),
    language: 'ur',
    context: 'referral',
    respondent: 'grown_up',
    age_band: '16-17',
    consent: true,
    answers: {
      gender: 'in_another_way',
      ethnic_group: 'pakistani',
      disability: 'prefer_not_to_say',
      religion: 'muslim',
      sexual_orientation: 'bisexual',
    },
  });
}

/**
 * A payload of any shape. Tests break payloads on purpose to see the schema and
 * the database refuse them, so the type checker must not refuse them first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape is the point
export type Loose = Record<string, any>;

/** Young people's referrals the database must treat as urgent, one for each reason. */
export function urgentReferrals(): Record<string, YoungPersonReferral> {
  const edit = (change: (p: YoungPersonReferral) => void) => {
    const p = youngPersonReferral();
    change(p);
    return p;
  };
  return {
    notSafe: edit((p) => (p.safety.safe_now = 'no')),
    notSureSafe: edit((p) => (p.safety.safe_now = 'not_sure')),
    livesWith: edit((p) => (p.safety.harmer_lives_with_them = 'yes')),
    ongoing: edit((p) => (p.what_happened.when = 'ongoing')),
  };
}
