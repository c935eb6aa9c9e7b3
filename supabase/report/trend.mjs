// Each headline figure for this quarter beside the four before it, each quarter
// counted and suppressed on its own exactly as its own report would show it.
import { share, timing } from './service-levels.mjs';
import { SMALL, shownCount } from './suppress.mjs';

const count = (n) => ({ count: n, shown: shownCount(n, n >= 1 && n <= 4 ? SMALL : null) });

function satisfied(counts = {}) {
  const n = (score) => Number(counts[score] ?? 0);
  return share(n(4) + n(5), n(1) + n(2) + n(3) + n(4) + n(5));
}

/** The headline figures of one quarter's `report_statistics`. */
export function headlines(stats) {
  const total = Number(stats.referrals.total);
  const takeUp = stats.service?.take_up ?? {};
  const accepted = Number(takeUp.accepted ?? 0);
  const adults = stats.adult_feedback ?? {};
  return {
    referrals: count(total),
    within72: share(Number(stats.service?.contact?.within_72_hours ?? 0), total),
    contactMedian: timing(stats.service?.contact),
    takeUp: share(accepted, accepted + Number(takeUp.declined ?? 0)),
    feedback: count(Number(stats.feedback.total)),
    satisfied: satisfied(stats.feedback.satisfaction),
    parentsSatisfied: satisfied(adults.parent_carer?.satisfaction),
    professionalsSatisfied: satisfied(adults.professional?.satisfaction),
  };
}

const percentText = (s) =>
  s.percent === null ? (s.base === 0 ? 'none' : 'too few') : `${s.percent.toFixed(1)}%`;
const hoursText = (t) => (t.suppressed ? 'too few' : `${t.medianHours.toFixed(1)} h`);

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
