// The quarter's figures, from the counts `report_statistics` returns to what the
// page and the CSV show: every breakdown with zeros filled in, percentages, and
// small counts suppressed (suppress.mjs). Both outputs render this and nothing else,
// so they cannot disagree.
import { breakdown, pairs } from './breakdown.mjs';
import { counted } from './counted.mjs';
import { areas, values } from './labels.mjs';
import { equalAccess } from './equal-access.mjs';
import { serviceLevels } from './service-levels.mjs';
import { SMALL, shownCount } from './suppress.mjs';
import { trend } from './trend.mjs';

/** @typedef {ReturnType<typeof breakdown>} Breakdown */

/** The order of the referral breakdowns in the CSV; html.mjs groups them into sections. */
const tableOrder = [
  'month',
  'source',
  'age_band',
  'county',
  'category',
  'reported_to_police',
  'contact_via',
  'priority',
  'channel',
  'involvement',
  'support',
  'contact_language',
  'interpreter',
  'organisation_type',
];

function satisfactionGroups(counts = {}) {
  const n = (score) => Number(counts[score] ?? 0);
  return { satisfied: n(4) + n(5), neither: n(3), dissatisfied: n(1) + n(2) };
}

/** Grown-ups' answers about asking for help, per respondent. */
function adultFeedback(counts = {}, who) {
  const total = Number(counts.total ?? 0);
  const groups = satisfactionGroups(counts.satisfaction);
  const table = (name, title, items, c) =>
    breakdown(`${who}_${name}`, title, items, c, {
      base: items.reduce((sum, [v]) => sum + Number(c?.[v] ?? 0), 0),
      partition: true,
    });
  return {
    total,
    totalShown: shownCount(total, total >= 1 && total <= 4 ? SMALL : null),
    ease: table('ease', 'How easy it was to ask for help', pairs('ease'), counts.ease),
    knewNext: table(
      'knew_next',
      'Knew what would happen next',
      pairs('knew_next'),
      counts.knew_next,
    ),
    satisfaction: table('satisfaction', 'How satisfied they were', pairs('satisfaction'), groups),
  };
}

/**
 * @param {any} stats what public.report_statistics returned for the quarter
 * @param {NonNullable<ReturnType<typeof import('./quarter.mjs').parseQuarter>>} quarter
 * @param {string} generatedOn the day the report is made, as YYYY-MM-DD
 * @param {{ population?: any, previous?: { quarter: any, stats: any }[] }} [context]
 *   census shares for equal access; the four quarters before, oldest first, for the trend
 */
export function buildFigures(stats, quarter, generatedOn, { population = {}, previous = [] } = {}) {
  const r = stats.referrals;
  const f = stats.feedback;
  const total = Number(r.total);
  const whole = { base: total, partition: true };
  // Each declared question counted for the report (counted.mjs) is a breakdown,
  // beside the ones written here; the list is in the order below, new ones after.
  /** @type {Record<string, Breakdown>} */
  const byKey = {
    ...Object.fromEntries(
      counted.map((q) => [
        q.key,
        breakdown(q.key, q.title, pairs(q.key), r[q.key], { base: total, partition: q.partition }),
      ]),
    ),
    month: breakdown(
      'month',
      'By month received',
      quarter.months.map((m) => [m.key, m.label]),
      r.month,
      whole,
    ),
    source: breakdown('source', 'Who referred', pairs('source'), r.source, whole),
    age_band: breakdown('age_band', 'By age band', pairs('age_band'), r.age_band, whole),
    county: breakdown('county', 'Where they live', pairs('county'), r.county, whole),
    priority: breakdown('priority', 'How urgent', pairs('priority'), r.priority, whole),
    organisation_type: breakdown(
      'organisation_type',
      'Professionals’ organisations',
      pairs('organisation_type'),
      r.organisation_type,
      { base: Number(r.source?.professional ?? 0), partition: true },
    ),
  };
  const referralTables = [...new Set([...tableOrder, ...counted.map((q) => q.key)])].flatMap(
    (key) => byKey[key] ?? [],
  );
  const pickupCount = Number(r.pickup?.count ?? 0);
  const hours = (minutes) =>
    minutes === null || minutes === undefined ? null : Number(minutes) / 60;

  const outcomes = Object.entries(areas).map(([area, title]) => {
    const counts = f[area] ?? {};
    const answered = values.outcome.reduce((sum, v) => sum + Number(counts[v] ?? 0), 0);
    const table = breakdown(area, title, pairs('outcome'), counts, {
      base: answered,
      partition: true,
    });
    return {
      area,
      title,
      answered,
      table,
      improving: table.rows.find((row) => row.key === 'better'),
    };
  });
  const groups = satisfactionGroups(f.satisfaction);
  const satisfactionAnswered = groups.satisfied + groups.neither + groups.dissatisfied;
  const satisfaction = breakdown(
    'satisfaction',
    'How satisfied they were',
    pairs('satisfaction'),
    groups,
    { base: satisfactionAnswered, partition: true },
  );
  const listenedAnswered = values.listened_to.reduce(
    (sum, v) => sum + Number(f.listened_to?.[v] ?? 0),
    0,
  );
  const recommendAnswered = values.recommend.reduce(
    (sum, v) => sum + Number(f.recommend?.[v] ?? 0),
    0,
  );

  return {
    quarter,
    generatedOn,
    service: serviceLevels(stats.service, total),
    equalAccess: equalAccess(stats.monitoring?.referral, population),
    adults: {
      parent_carer: adultFeedback(stats.adult_feedback?.parent_carer, 'parent_carer'),
      professional: adultFeedback(stats.adult_feedback?.professional, 'professional'),
    },
    trend: trend([...previous, { quarter, stats }]),
    referrals: {
      total,
      totalShown: shownCount(total, total >= 1 && total <= 4 ? SMALL : null),
      tables: referralTables,
      // A declared question (counted.mjs), so always there.
      notReported: /** @type {Breakdown} */ (byKey.reported_to_police).rows.find(
        (row) => row.key === 'no',
      ),
      pickup: {
        count: pickupCount,
        countShown: shownCount(pickupCount, pickupCount >= 1 && pickupCount <= 4 ? SMALL : null),
        suppressed: pickupCount < 5,
        medianHours: pickupCount < 5 ? null : hours(r.pickup.median_minutes),
        p95Hours: pickupCount < 5 ? null : hours(r.pickup.p95_minutes),
      },
    },
    feedback: {
      total: Number(f.total),
      totalShown: shownCount(Number(f.total), f.total >= 1 && f.total <= 4 ? SMALL : null),
      outcomes,
      satisfaction: {
        answered: satisfactionAnswered,
        table: satisfaction,
        satisfied: satisfaction.rows[0],
      },
      listenedTo: breakdown(
        'listened_to',
        'Did they feel listened to?',
        pairs('listened_to'),
        f.listened_to,
        { base: listenedAnswered, partition: true },
      ),
      recommend: breakdown(
        'recommend',
        'Would they tell a friend about us?',
        pairs('recommend'),
        f.recommend ?? {},
        { base: recommendAnswered, partition: true },
      ),
    },
  };
}
