// The words the commissioner reads for each stored value. The lists come from the
// payload contract, so a new choice shows up in the report (and the test that
// every choice has a label fails until it is named here).
import * as choices from '../../src/schemas/choices.ts';

export const labels = {
  source: {
    young_person: 'Young people themselves',
    parent_carer: 'Parents and carers',
    professional: 'Professionals',
  },
  age_band: { '5-10': 'Aged 5 to 10', '11-15': 'Aged 11 to 15', '16-17': 'Aged 16 to 17' },
  county: {
    berkshire: 'Berkshire',
    buckinghamshire: 'Buckinghamshire and Milton Keynes',
    oxfordshire: 'Oxfordshire',
    outside: 'Outside Thames Valley',
  },
  category: {
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
  reported_to_police: { yes: 'Reported to the police', no: 'Not reported', not_sure: 'Not sure' },
  contact_via: {
    direct: 'Contact them directly',
    safe_adult: 'Through a safe adult',
    school: 'Through their school',
  },
  channel: { phone_call: 'Phone call', text_message: 'Text message', email: 'Email' },
  priority: {
    urgent: 'Urgent: not safe now, harm at home, or still happening',
    routine: 'Routine',
  },
  outcome: { better: 'Better', same: 'About the same', worse: 'Worse', not_sure: 'Not sure' },
  satisfaction: {
    satisfied: 'Satisfied (4 or 5 of 5)',
    neither: 'In between (3 of 5)',
    dissatisfied: 'Not satisfied (1 or 2 of 5)',
  },
  listened_to: { yes: 'Yes', a_bit: 'A bit', no: 'No' },
  recommend: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
};

/** The stored values behind each breakdown, in the order the forms offer them. */
export const values = {
  source: choices.sources,
  age_band: choices.ageBands,
  county: choices.counties,
  category: choices.harmCategories,
  reported_to_police: choices.yesNoNotSure,
  contact_via: choices.contactVia,
  channel: choices.channels,
  priority: ['urgent', 'routine'],
  outcome: choices.outcomeAnswers,
  satisfaction: ['satisfied', 'neither', 'dissatisfied'],
  listened_to: choices.listenedTo,
  recommend: choices.recommendAnswers,
};

export const areas = {
  informed: 'Better informed about coping',
  wellbeing: 'Health and wellbeing',
  safe: 'Feeling safe',
  everyday: 'Managing everyday life',
};

/** The commissioner's target for the share improving in each area. */
export const TARGET_PERCENT = 95;
