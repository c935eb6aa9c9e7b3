// Every length and range the forms and the database enforce. Forms set native
// `maxlength`/`min`/`max` from here. Lengths count characters (code points), as
// zod and PostgreSQL's length() do; the browser's `maxlength` counts UTF-16 units,
// so for emoji it stops a little earlier than the schema would, never later.

export const limits = {
  firstName: 60,
  preferredName: 60,
  pronouns: 30,
  area: 60,
  school: 100,
  details: 4000,
  crimeReference: 30,
  supportDetails: 1000,
  email: 254,
  phone: 20,
  safeTimesNote: 200,
  otherLanguage: 40,
  accessNeeds: 500,
  personName: 100,
  relationship: 60,
  jobRole: 100,
  organisation: 150,
  parentNotToldReason: 500,
  honeypot: 200,
  comment: 2000,
  consents: 6,
} as const;

export const ages = {
  /** The service's range: anyone aged 5 to 17. */
  min: 5,
  max: 17,
  /** Under 11s are not asked to refer themselves; a grown-up does it with them. */
  selfReferralMin: 11,
} as const;

export const satisfactionRange = { min: 1, max: 5 } as const;
