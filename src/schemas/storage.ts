// How a referral's answers are kept, counted and sent, declared beside the schemas
// they come from. `npm run db:generate` turns this into what the database runs
// (supabase/database/validation/storage.ts): each question of a section below becomes a
// column of that section's table and a row of private.referral_questions, which
// private.store_referral, private.referral_document, private.count_referral and
// public.report_statistics read; a counted question also becomes a column of
// private.referral_statistics and a table in the commissioner's report.
//
// A question's name is its path everywhere: `what_happened.where` is the column
// `what_happened_where` (in a section with a table of its own, `contact.via` is
// that table's `via`), the same column of the statistics and the same key in the
// report, and `what_happened.where` in the case document, which mirrors the
// payload. Only the names that were chosen before this rule are declared below.
// Everything else a referral holds (the young person, the referrer, a safe adult,
// the consents, the answers only one kind of sender gives, the contact summary
// and the priority) is stored by private.store_referral itself.

/** The sections whose every question is stored by declaration, and in which table. */
export const storedSections = {
  what_happened: { table: 'referrals' },
  safety: { table: 'referrals' },
  support: { table: 'referrals' },
  /** One row per referral of its own: its columns are the questions' own names. */
  contact: { table: 'contact_preferences', ownTable: true },
} as const;

/** Questions inside those sections that private.store_referral keeps by hand. */
export const storedByHand = ['contact.safe_adult'] as const;

/** Where the commissioner's report shows a counted question. */
export type ReportSection = 'who' | 'what' | 'contact';

export interface Counted {
  /** The heading of its table in the report. */
  title: string;
  section: ReportSection;
  /** The commissioner's words for each answer; a yes-or-no flag is counted as `yes` and `no`. */
  labels: Record<string, string>;
  /** Its column in private.referral_statistics, when not the name from its path. */
  column?: string;
  /** Its key in public.report_statistics and the report, when not its statistics column. */
  key?: string;
}

export interface Stored {
  /** Its column, when not the name from its path. */
  column?: string;
  /** Counted for the commissioner's report (closed lists and flags only). */
  counted?: Counted;
}

/** Declared by path: only what differs from the rule above, and what is counted. */
export const storage: Record<string, Stored> = {
  'what_happened.categories': {
    column: 'categories',
    counted: {
      column: 'categories',
      key: 'category',
      title: 'What happened (all that apply)',
      section: 'what',
      labels: {
        violence: 'Violence',
        robbery_theft: 'Robbery or theft',
        sexual_abuse_exploitation: 'Sexual abuse or exploitation',
        online_abuse_harassment: 'Online abuse or harassment',
        hate_crime: 'Hate crime',
        domestic_abuse_home: 'Domestic abuse at home',
        relationship_abuse: 'Abuse in their own relationship',
        criminal_exploitation: 'Criminal exploitation',
        something_else: 'Something else',
      },
    },
  },
  'what_happened.involvement': {
    column: 'involvement',
    counted: {
      column: 'involvement',
      title: 'Victim, witness or both',
      section: 'what',
      labels: { victim: 'Victim', witness: 'Witness', both: 'Victim and witness' },
    },
  },
  'what_happened.when': { column: 'happened_when' },
  'what_happened.details': { column: 'details' },
  'what_happened.reported_to_police': {
    column: 'reported_to_police',
    counted: {
      column: 'reported_to_police',
      title: 'Reported to the police',
      section: 'what',
      labels: { yes: 'Reported to the police', no: 'Not reported', not_sure: 'Not sure' },
    },
  },
  'what_happened.crime_reference': { column: 'crime_reference' },
  'safety.safe_now': { column: 'safe_now' },
  'safety.harmer_lives_with_them': { column: 'harmer_lives_with_them' },
  'support.wanted': {
    column: 'support_wanted',
    counted: {
      column: 'support_wanted',
      key: 'support',
      title: 'Support wanted (all that apply)',
      section: 'what',
      labels: {
        talk_to_someone: 'Someone to talk to',
        feel_safer: 'Help to feel safer',
        understand_police_court: 'Understanding the police and court',
        school_support: 'Support at school',
        family_support: 'Support for the family',
        online_safety: 'Staying safe online',
        practical_help: 'Practical help',
        not_sure: 'Not sure yet',
      },
    },
  },
  'support.details': { column: 'support_details' },
  'contact.via': {
    counted: {
      title: 'How to get in touch',
      section: 'contact',
      labels: {
        direct: 'Contact them directly',
        safe_adult: 'Through a safe adult',
        school: 'Through their school',
      },
    },
  },
  'contact.channels': {
    counted: {
      column: 'channels',
      key: 'channel',
      title: 'Ways they chose to be contacted (all that apply)',
      section: 'contact',
      labels: { phone_call: 'Phone call', text_message: 'Text message', email: 'Email' },
    },
  },
  'contact.language': {
    counted: {
      title: 'Language to make contact in',
      section: 'contact',
      labels: { en: 'English', pl: 'Polish', ur: 'Urdu', other: 'Another language' },
    },
  },
  'contact.interpreter': {
    counted: {
      column: 'interpreter',
      title: 'Interpreter needed',
      section: 'contact',
      labels: { yes: 'Interpreter needed', no: 'No interpreter needed' },
    },
  },
};
