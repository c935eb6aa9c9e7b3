// The quarter's figures, from the counts `report_statistics` returns to what the
// page and the CSV show: every breakdown with zeros filled in, percentages, and
// small counts suppressed (suppress.mjs). Both outputs render this and nothing else,
// so they cannot disagree.
import { areas, labels, values } from './labels.mjs';
import { SMALL, shownCount, suppress } from './suppress.mjs';

const percentOf = (count, base) => (base > 0 ? (count / base) * 100 : null);

/**
 * One breakdown. `partition`: each item is counted once, so the rows add up to the
 * base and secondary suppression applies; otherwise (several may apply) only primary.
 */
function breakdown(key, title, items, counts, { base, partition }) {
  const cells = items.map(([value]) => Number(counts?.[value] ?? 0));
  const states = suppress(cells, partition ? { total: base } : {});
  const baseState = base >= 1 && base <= 4 ? SMALL : null;
  const rows = items.map(([value, label], i) => ({
    key: value,
    label,
    count: cells[i],
    state: states[i],
    shown: shownCount(cells[i], states[i]),
    percent: states[i] || baseState ? null : percentOf(cells[i], base),
  }));
  // suppress() hides every cell when nothing less would do: the table says so instead.
  const withheld = rows.length > 0 && rows.every((row) => row.state === 'hidden');
  return { key, title, partition, base, baseShown: shownCount(base, baseState), rows, withheld };
}

const pairs = (name) => values[name].map((v) => [v, labels[name][v]]);

function satisfactionGroups(counts = {}) {
  const n = (score) => Number(counts[score] ?? 0);
  return { satisfied: n(4) + n(5), neither: n(3), dissatisfied: n(1) + n(2) };
}

/** @param {any} stats what public.report_statistics returned @param {ReturnType<import('./quarter.mjs').parseQuarter>} quarter */
export function buildFigures(stats, quarter, generatedOn) {
  const r = stats.referrals;
  const f = stats.feedback;
  const total = Number(r.total);
  const referralTables = [
    breakdown(
      'month',
      'By month received',
      quarter.months.map((m) => [m.key, m.label]),
      r.month,
      { base: total, partition: true },
    ),
    breakdown('source', 'Who referred', pairs('source'), r.source, {
      base: total,
      partition: true,
    }),
    breakdown('age_band', 'By age band', pairs('age_band'), r.age_band, {
      base: total,
      partition: true,
    }),
    breakdown('county', 'Where they live', pairs('county'), r.county, {
      base: total,
      partition: true,
    }),
    breakdown('category', 'What happened (all that apply)', pairs('category'), r.category, {
      base: total,
      partition: false,
    }),
    breakdown(
      'reported_to_police',
      'Reported to the police',
      pairs('reported_to_police'),
      r.reported_to_police,
      { base: total, partition: true },
    ),
    breakdown('contact_via', 'How to get in touch', pairs('contact_via'), r.contact_via, {
      base: total,
      partition: true,
    }),
    breakdown('priority', 'How urgent', pairs('priority'), r.priority, {
      base: total,
      partition: true,
    }),
    breakdown(
      'channel',
      'Ways they chose to be contacted (all that apply)',
      pairs('channel'),
      r.channel,
      { base: total, partition: false },
    ),
  ];
  const byKey = Object.fromEntries(referralTables.map((t) => [t.key, t]));
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
    referrals: {
      total,
      totalShown: shownCount(total, total >= 1 && total <= 4 ? SMALL : null),
      tables: referralTables,
      notReported: byKey.reported_to_police.rows.find((row) => row.key === 'no'),
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
