// The words the commissioner reads for each stored value. The lists come from the
// payload contract, so a new choice shows up in the report (and the test that
// every choice has a label fails until it is named here). A declared question's
// words are declared with it (src/schemas/storage.ts) and come from counted.mjs.
import * as choices from '../../src/schemas/choices.ts';
import { ethnicGroupHeadings } from '../../src/schemas/ethnic-groups.ts';
import { counted } from './counted.mjs';

const without = (list) => list.filter((v) => v !== 'prefer_not_to_say');

export const labels = {
  ...Object.fromEntries(counted.map((q) => [q.key, q.labels])),
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
  organisation_type: {
    school: 'School, college or nursery',
    health: 'Health',
    social_care: 'Children’s social care',
    police: 'Police',
    voluntary_sector: 'Charity or community group',
    other: 'Other',
  },
  take_up: { accepted: 'Accepted support', declined: 'Declined support' },
  closure_reason: {
    support_completed: 'Support completed',
    declined_support: 'Declined support',
    could_not_contact: 'Could not make contact',
    referred_elsewhere: 'Referred to another service',
    moved_out_of_area: 'Moved out of the area',
    other: 'Other reason',
  },
  ease: {
    very_easy: 'Very easy',
    easy: 'Easy',
    neither: 'Neither easy nor hard',
    hard: 'Hard',
    very_hard: 'Very hard',
  },
  knew_next: { yes: 'Yes', partly: 'Partly', no: 'No' },
  gender: { girl: 'Girl', boy: 'Boy', in_another_way: 'In another way' },
  ethnic_group: {
    asian: 'Asian, Asian British or Asian Welsh',
    black: 'Black, Black British, Black Welsh, Caribbean or African',
    mixed: 'Mixed or multiple ethnic groups',
    white: 'White',
    other: 'Other ethnic group',
  },
  disability: { yes: 'Disability or long-term condition', no: 'No disability or condition' },
  religion: {
    no_religion: 'No religion',
    christian: 'Christian',
    buddhist: 'Buddhist',
    hindu: 'Hindu',
    jewish: 'Jewish',
    muslim: 'Muslim',
    sikh: 'Sikh',
    other_religion: 'Another religion',
  },
  sexual_orientation: {
    straight: 'Straight or heterosexual',
    gay_or_lesbian: 'Gay or lesbian',
    bisexual: 'Bisexual',
    other: 'Another sexual orientation',
  },
};

/** The stored values behind each breakdown, in the order the forms offer them. */
export const values = {
  ...Object.fromEntries(counted.map((q) => [q.key, q.values])),
  source: choices.sources,
  age_band: choices.ageBands,
  county: choices.counties,
  priority: ['urgent', 'routine'],
  outcome: choices.outcomeAnswers,
  satisfaction: ['satisfied', 'neither', 'dissatisfied'],
  listened_to: choices.listenedTo,
  recommend: choices.recommendAnswers,
  organisation_type: choices.organisationTypes,
  take_up: ['accepted', 'declined'],
  closure_reason: choices.closureReasons,
  ease: choices.easeAnswers,
  knew_next: choices.knewNextAnswers,
  // Equality monitoring: "prefer not to say" is counted apart (equal-access.mjs),
  // and the census's 19 ethnic groups are shown as its 5 headings.
  gender: without(choices.genders),
  ethnic_group: Object.keys(ethnicGroupHeadings),
  disability: without(choices.disabilityAnswers),
  religion: without(choices.religions),
  sexual_orientation: without(choices.sexualOrientations),
};

export const areas = {
  informed: 'Better informed about coping',
  wellbeing: 'Health and wellbeing',
  safe: 'Feeling safe',
  everyday: 'Managing everyday life',
};

/** The commissioner's target for the share improving in each area. */
export const TARGET_PERCENT = 95;
