// The same figures as the page, one per line, for spreadsheets. Suppressed counts
// read "fewer than 5" or "hidden" in the value column, never a number.

const notes = {
  small: 'between 1 and 4: not shown so that no child can be identified',
  hidden: 'hidden so that a smaller count cannot be worked out from the total',
};

/**
 * One cell. A cell starting with = + - @ (or a tab or carriage return) is read by
 * a spreadsheet as a formula, so it is prefixed with an apostrophe: the report
 * holds fixed labels today, but nothing typed may ever run on a caseworker's PC.
 */
export const field = (value) => {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const pct = (value) => (value === null || value === undefined ? '' : value.toFixed(1));
const hrs = (value) => (value === null ? 'not shown' : value.toFixed(1));

function tableRows(section, table) {
  const rows = table.rows.map((row) => [
    section,
    row.key,
    row.label,
    row.shown,
    pct(row.percent),
    row.state ? notes[row.state] : '',
  ]);
  if (table.partition) rows.push([section, 'total', 'Total', table.baseShown, '', '']);
  return rows;
}

export function toCsv(figures) {
  const { quarter, referrals, feedback } = figures;
  const rows = [
    ['section', 'key', 'label', 'value', 'percent', 'note'],
    [
      'quarter',
      quarter.id,
      quarter.label,
      `${quarter.firstDay} to ${quarter.lastDay}`,
      '',
      `produced ${figures.generatedOn}`,
    ],
    ['referrals', 'total', 'Referrals received', referrals.totalShown, '', ''],
    [
      'referrals',
      'not_reported_share',
      'Not reported to the police',
      referrals.notReported.shown,
      pct(referrals.notReported.percent),
      '',
    ],
    ...referrals.tables.flatMap((table) => tableRows(table.key, table)),
    [
      'pickup',
      'acknowledged',
      'Referrals acknowledged by the case system',
      referrals.pickup.countShown,
      '',
      '',
    ],
    [
      'pickup',
      'median_hours',
      'Median hours from referral to case system',
      hrs(referrals.pickup.medianHours),
      '',
      referrals.pickup.suppressed ? 'fewer than 5 acknowledged' : '',
    ],
    [
      'pickup',
      'p95_hours',
      '95th percentile hours from referral to case system',
      hrs(referrals.pickup.p95Hours),
      '',
      referrals.pickup.suppressed ? 'fewer than 5 acknowledged' : '',
    ],
    ['feedback', 'total', 'Feedback responses', feedback.totalShown, '', ''],
    ...feedback.outcomes.map((o) => [
      'improving',
      o.area,
      o.title,
      o.improving.shown,
      pct(o.improving.percent),
      `of ${o.table.baseShown} who answered; target 95%`,
    ]),
    [
      'improving',
      'satisfied',
      'Satisfied (4 or 5 of 5)',
      feedback.satisfaction.satisfied.shown,
      pct(feedback.satisfaction.satisfied.percent),
      `of ${feedback.satisfaction.table.baseShown} who answered`,
    ],
    ...feedback.outcomes.flatMap((o) => tableRows(`outcome_${o.area}`, o.table)),
    ...tableRows('satisfaction', feedback.satisfaction.table),
    ...tableRows('listened_to', feedback.listenedTo),
    ...tableRows('recommend', feedback.recommend),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
