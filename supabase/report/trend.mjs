// Each headline figure for this quarter beside the four before it, each quarter
// counted and suppressed on its own exactly as its own report would show it.
import { breakdown, pairs } from './breakdown.mjs';
import { share, timing } from './service-levels.mjs';
import { SMALL, shownCount } from './suppress.mjs';

const count = (n) => ({ count: n, shown: shownCount(n, n >= 1 && n <= 4 ? SMALL : null) });

/** The first row of the table the quarter's own report shows, suppressed as it is there. */
function firstRow(name, counts) {
  const items = pairs(name);
  const base = items.reduce((sum, [v]) => sum + Number(counts[v] ?? 0), 0);
  return { ...breakdown(name, '', items, counts, { base, partition: true }).rows[0], base };
}

function satisfied(counts = {}) {
  const n = (score) => Number(counts[score] ?? 0);
  return firstRow('satisfaction', {
    satisfied: n(4) + n(5),
    neither: n(3),
    dissatisfied: n(1) + n(2),
  });
}

/** The headline figures of one quarter's `report_statistics`. */
export function headlines(stats) {
  const total = Number(stats.referrals.total);
  const adults = stats.adult_feedback ?? {};
  return {
    referrals: count(total),
    within72: share(Number(stats.service?.contact?.within_72_hours ?? 0), total),
    contactMedian: timing(stats.service?.contact),
    takeUp: firstRow('take_up', stats.service?.take_up ?? {}),
    feedback: count(Number(stats.feedback.total)),
    satisfied: satisfied(stats.feedback.satisfaction),
    parentsSatisfied: satisfied(adults.parent_carer?.satisfaction),
    professionalsSatisfied: satisfied(adults.professional?.satisfaction),
  };
}

function percentText(s) {
  if (s.percent !== null) return `${s.percent.toFixed(1)}%`;
  if (s.base === 0) return 'none';
  return s.state === 'hidden' ? 'hidden' : 'too few';
}
const hoursText = (t) => (t.suppressed ? 'too few' : `${t.medianHours.toFixed(1)} h`);

/** @type {[key: string, label: string, read: (h: ReturnType<typeof headlines>) => string][]} */
export const trendRows = [
  ['referrals', 'Referrals', (h) => h.referrals.shown],
  ['within_72_hours', 'Contacted within 72 hours', (h) => percentText(h.within72)],
  ['contact_median_hours', 'Median time to contact', (h) => hoursText(h.contactMedian)],
  ['take_up', 'Took up support (of those who decided)', (h) => percentText(h.takeUp)],
  ['feedback', 'Young people’s feedback responses', (h) => h.feedback.shown],
  ['satisfied', 'Young people satisfied', (h) => percentText(h.satisfied)],
  ['parents_satisfied', 'Parents and carers satisfied', (h) => percentText(h.parentsSatisfied)],
  [
    'professionals_satisfied',
    'Professionals satisfied',
    (h) => percentText(h.professionalsSatisfied),
  ],
];

/** @param {{ quarter: { id: string, label: string }, stats: any }[]} quarters oldest first, this quarter last */
export function trend(quarters) {
  const columns = quarters.map(({ quarter, stats }) => ({ quarter, headlines: headlines(stats) }));
  return {
    quarters: columns.map((c) => c.quarter),
    rows: trendRows.map(([key, label, read]) => ({
      key,
      label,
      cells: columns.map((c) => read(c.headlines)),
    })),
  };
}
