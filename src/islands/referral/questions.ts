// Every question of the referral journeys, once: how its errors read and how its
// row in check your answers reads. Which step asks it, and in which journey, is
// steps.ts; what it accepts is its schema in src/schemas.
import type { AnswerPath } from './answers';

export interface FieldDef {
  path: string;
  /** Radios and checkboxes: errors link to the first option. */
  choice?: boolean;
  /** `error.<errorKey>.<code>` overrides the generic message for this field. */
  errorKey?: string;
  /**
   * Its row in check your answers: the label's key, where `~` stands for the
   * voice (`self`/`other`), `*` for whose words (`self`/`parent`/`pro`), and
   * `a|b` is `a` for a young person writing about themselves and `b` otherwise.
   * No summary: the question has no row of its own.
   */
  summary?: string;
  /** A choice's words in the summary: `<words>.<value>` (`''`: the value is the key). */
  words?: string;
}

type Question = Omit<FieldDef, 'path'>;
const pick = (errorKey: string | undefined, summary?: string, words?: string): Question => ({
  choice: true,
  errorKey,
  summary,
  words,
});

/** Every question of every journey, once: how its errors and its summary row read. */
const questions = {
  'young_person.first_name': { errorKey: 'firstName', summary: 'firstName.*' },
  'young_person.preferred_name': { errorKey: 'preferredName', summary: 'preferredName.~' },
  'young_person.pronouns': { errorKey: 'pronouns', summary: 'pronouns.~' },
  'young_person.age': { errorKey: 'ageAny', summary: 'age.~' },
  'young_person.area': { errorKey: 'area', summary: 'area.~' },
  'young_person.county': pick('county', 'county.~', 'county'),
  'young_person.school': { errorKey: 'school', summary: 'school.~' },
  'what_happened.categories': pick('categories', 'categories.~', 'category'),
  'what_happened.involvement': pick('involvement', 'involvement.~', 'involvement'),
  'what_happened.when': pick('when', 'when', 'when'),
  'what_happened.reported_to_police': pick('police', 'police', 'police'),
  'what_happened.crime_reference': { errorKey: 'crimeReference', summary: 'crimeReference' },
  'what_happened.details': { errorKey: 'details', summary: 'details.~' },
  'safety.safe_now': pick('safeNow', 'safeNow.~', 'safeNow'),
  'safety.harmer_lives_with_them': pick('livesWith', 'livesWith.~', 'livesWith'),
  'support.wanted': pick('wanted', 'wanted.~', 'wanted'),
  'support.details': { errorKey: 'supportDetails', summary: 'supportDetails' },
  'contact.via': pick('via', 'via.~', 'via'),
  'contact.channels': { errorKey: 'channels', summary: 'channel.first', words: 'channel' },
  'contact.phone': { errorKey: 'phone', summary: 'phone.self' },
  'contact.email': { errorKey: 'email', summary: 'email.self' },
  'contact.phone_shared': pick('phoneShared', 'phoneShared', 'shared'),
  'contact.email_shared': pick('emailShared', 'emailShared', 'shared'),
  'contact.voicemail_ok': pick('voicemail', 'voicemail', 'voicemail'),
  'contact.say_who_we_are': pick('sayWho', 'sayWho', 'sayWho'),
  'contact.safe_adult': { errorKey: 'safeAdult' },
  'contact.safe_adult.name': { errorKey: 'safeAdultName', summary: 'safeAdult.name' },
  'contact.safe_adult.relationship': {
    errorKey: 'safeAdultRelationship',
    summary: 'safeAdult.relationship|safeAdult.relationship.other',
  },
  'contact.safe_adult.phone': { errorKey: 'safeAdultPhone', summary: 'safeAdult.phone' },
  'contact.safe_adult.email': { errorKey: 'safeAdultEmail', summary: 'safeAdult.email' },
  'contact.safe_days': pick('safeDays', 'safeDays', 'day'),
  'contact.safe_times': pick('safeTimes', 'safeTimes', 'time'),
  'contact.safe_times_note': { errorKey: 'safeTimesNote', summary: 'safeTimesNote' },
  'contact.language': pick('language', 'language', 'language'),
  'contact.other_language': { errorKey: 'otherLanguage', summary: 'otherLanguage' },
  'contact.interpreter': pick('interpreter', 'interpreter', 'interpreter'),
  'contact.access_needs': { errorKey: 'accessNeeds', summary: 'accessNeeds' },
  'parent_carer.knows': pick('familyKnows', 'family.knows|childKnows', 'family.knows'),
  'parent_carer.safe_to_know': pick(
    'familySafeToKnow',
    'family.safeToKnow|childSafeToKnow',
    'family.knows',
  ),
  'parent_carer.may_contact': pick(
    'familyMayContact',
    'family.mayContact|childMayContact',
    'family.mayContact',
  ),
  'referrer.name': { errorKey: 'referrerName', summary: 'referrer.name' },
  'referrer.relationship': pick('relationship', 'referrer.relationship', 'relationship'),
  'referrer.young_person_agreed': pick('agreed', 'referrer.agreed', 'agreed'),
  'referrer.role': { errorKey: 'role', summary: 'referrer.role' },
  'referrer.organisation': { errorKey: 'organisation', summary: 'referrer.organisation' },
  'referrer.organisation_type': pick(
    'organisationType',
    'referrer.organisationType',
    'organisationType',
  ),
  'referrer.phone': { errorKey: 'parentPhone', summary: 'phone.other' },
  'referrer.email': { errorKey: 'parentEmail', summary: 'email.other' },
  'professional.young_person_agreed': pick('proAgreed'),
  'professional.safeguarding_lead_told': pick('safeguardingLead', 'pro.safeguardingLead', ''),
  'professional.safeguarding_referral_made': pick(
    'safeguardingReferral',
    'pro.safeguardingReferral',
    '',
  ),
  'professional.parent_not_told_reason': {
    errorKey: 'parentReason',
    summary: 'pro.parentNotToldReason',
  },
  consents: pick('consent'),
} satisfies Partial<Record<AnswerPath | 'contact.channels', Question>>;

export type Path = keyof typeof questions;
/** The questions at these paths, in this order; `overrides` change how one reads in this journey. */
export const ask = (paths: Path[], overrides: Partial<Record<Path, Question>> = {}): FieldDef[] =>
  paths.map((path) => ({ path, ...questions[path], ...overrides[path] }));
