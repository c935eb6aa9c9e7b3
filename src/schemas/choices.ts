// The closed lists a payload may use. The database's CHECK constraints and
// validation functions list the same values; the parity tests prove they agree.

export const sources = ['young_person', 'parent_carer', 'professional'] as const;
export const ageBands = ['5-10', '11-15', '16-17'] as const;
export const languages = ['en', 'pl', 'ur'] as const;
export const counties = ['berkshire', 'buckinghamshire', 'oxfordshire', 'outside'] as const;

/** Plain-language groups that map onto Home Office crime groups. */
export const harmCategories = [
  'violence',
  'robbery_theft',
  'sexual_abuse_exploitation',
  'online_abuse_harassment',
  'hate_crime',
  'domestic_abuse_home',
  'relationship_abuse', // own relationship: offered to 16-17 only
  'criminal_exploitation',
  'something_else',
] as const;
export const involvements = ['victim', 'witness', 'both'] as const;
export const happenedWhen = [
  'this_week',
  'this_month',
  'last_6_months',
  'longer_ago',
  'ongoing',
  'not_sure',
] as const;
export const yesNoNotSure = ['yes', 'no', 'not_sure'] as const;
export const livesWith = ['yes', 'no', 'not_sure', 'prefer_not_to_say'] as const;
export const supportKinds = [
  'talk_to_someone',
  'feel_safer',
  'understand_police_court',
  'school_support',
  'family_support',
  'online_safety',
  'practical_help',
  'not_sure',
] as const;

export const contactVia = ['direct', 'safe_adult', 'school'] as const;
export const channels = ['phone_call', 'text_message', 'email'] as const;
export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const timesOfDay = ['morning', 'afternoon', 'evening'] as const;
export const contactLanguages = ['en', 'pl', 'ur', 'other'] as const;

export const consentKinds = ['referral', 'contact', 'share_information'] as const;
export const consentGivers = ['young_person', 'parent_carer', 'professional_on_behalf'] as const;

export const parentRelationships = [
  'parent',
  'step_parent',
  'carer',
  'guardian',
  'other_family',
] as const;
/** The kind of organisation a professional refers from, for the commissioner's report. */
export const organisationTypes = [
  'school',
  'health',
  'social_care',
  'police',
  'voluntary_sector',
  'other',
] as const;
export const childAgreement = ['yes', 'not_yet', 'too_young'] as const;
export const yesNo = ['yes', 'no'] as const;

export const outcomeAnswers = ['better', 'same', 'worse', 'not_sure'] as const;
export const listenedTo = ['yes', 'a_bit', 'no'] as const;
export const recommendAnswers = ['yes', 'maybe', 'no'] as const;

// What the case system tells the portal happened to a referral after pickup, in
// the order it happens (supabase/migrations/*_milestones.sql), and why a case closed.
export const milestones = [
  'first_attempt',
  'contacted',
  'assessed',
  'support_accepted',
  'support_declined',
  'closed',
] as const;
export const closureReasons = [
  'support_completed',
  'declined_support',
  'could_not_contact',
  'referred_elsewhere',
  'moved_out_of_area',
  'other',
] as const;
/** Who answers the grown-ups' survey. */
export const adultRespondents = ['parent_carer', 'professional'] as const;
export const easeAnswers = ['very_easy', 'easy', 'neither', 'hard', 'very_hard'] as const;
export const knewNextAnswers = ['yes', 'partly', 'no'] as const;
/** How a young person who joins the panel would like a grown-up to get in touch. */
export const panelContactMethods = ['email', 'phone', 'text'] as const;

// Equality monitoring (see monitoring.ts): every list ends in prefer_not_to_say.
export const monitoringContexts = ['referral', 'feedback'] as const;
export const monitoringRespondents = ['young_person', 'grown_up'] as const;
export const genders = ['girl', 'boy', 'in_another_way', 'prefer_not_to_say'] as const;
/** Census 2021 (England and Wales), in its five groups; see ethnicGroupHeadings. */
export const ethnicGroups = [
  'indian',
  'pakistani',
  'bangladeshi',
  'chinese',
  'other_asian',
  'caribbean',
  'african',
  'other_black',
  'white_and_black_caribbean',
  'white_and_black_african',
  'white_and_asian',
  'other_mixed',
  'english_welsh_scottish_northern_irish_british',
  'irish',
  'gypsy_or_irish_traveller',
  'roma',
  'other_white',
  'arab',
  'any_other',
  'prefer_not_to_say',
] as const;
export const disabilityAnswers = ['yes', 'no', 'prefer_not_to_say'] as const;
export const religions = [
  'no_religion',
  'christian',
  'buddhist',
  'hindu',
  'jewish',
  'muslim',
  'sikh',
  'other_religion',
  'prefer_not_to_say',
] as const;
export const sexualOrientations = [
  'straight',
  'gay_or_lesbian',
  'bisexual',
  'other',
  'prefer_not_to_say',
] as const;
