// Equal access: who the referrals were about, from the optional equality
// monitoring answers (never joined to a referral: see the equality monitoring
// migration), beside the population share of the same characteristic from the
// census (population/README.md says which area and ages each figure covers).
// "Prefer not to say" is counted apart, so shares compare like with like.
import { ethnicGroupHeadings } from '../../src/schemas/ethnic-groups.ts';
import { breakdown, pairs } from './breakdown.mjs';
import { SMALL, shownCount } from './suppress.mjs';

export const questions = {
  gender: 'Gender',
  ethnic_group: 'Ethnic group',
  disability: 'Disability or long-term condition',
  religion: 'Religion',
  sexual_orientation: 'Sexual orientation (asked about 16 and 17 year olds only)',
};

/** Where each question's figure is in census-2021.json: the census asked sex, not gender. */
const censusKey = { gender: 'sex', ethnic_group: 'ethnic' };

/** Each detailed ethnic group's census heading, as the report shows them. */
const ethnicHeading = Object.fromEntries(
  Object.entries(ethnicGroupHeadings).flatMap(([heading, groups]) =>
    groups.map((g) => [g, heading]),
  ),
);

function grouped(question, counts = {}) {
  if (question !== 'ethnic_group') return counts;
  const out = {};
  for (const [answer, n] of Object.entries(counts)) {
    const heading = answer === 'prefer_not_to_say' ? answer : ethnicHeading[answer];
    if (heading) out[heading] = (out[heading] ?? 0) + Number(n);
  }
  return out;
}

/**
 * @param {Record<string, Record<string, number>>} monitoring answers given after referrals, by question
 * @param {{ characteristics?: Record<string, any> }} population census-2021.json
 */
export function equalAccess(monitoring = {}, population = {}) {
  return Object.entries(questions).map(([question, title]) => {
    const counts = grouped(question, monitoring[question]);
    const items = pairs(question);
    const said = items.reduce((sum, [value]) => sum + Number(counts[value] ?? 0), 0);
    const declined = Number(counts.prefer_not_to_say ?? 0);
    const table = breakdown(question, title, items, counts, { base: said, partition: true });
    const census = population.characteristics?.[censusKey[question] ?? question] ?? null;
    const rows = table.rows.map((row) => ({
      ...row,
      population: census?.shares?.[row.key] ?? null,
    }));
    return {
      key: question,
      title,
      table: { ...table, rows },
      declined: {
        count: declined,
        shown: shownCount(declined, declined >= 1 && declined <= 4 ? SMALL : null),
      },
      census: census && {
        area: census.area,
        ageGroup: census.age_group,
        table: census.table,
        source: census.source,
      },
    };
  });
}
