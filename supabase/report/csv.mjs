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

function timingRows(key, label, t) {
  const note = t.suppressed ? 'fewer than 5 recorded' : '';
  return [
    ['service', `${key}_count`, `Referrals with ${label} recorded`, t.countShown, '', ''],
    ['service', `${key}_median_hours`, `Median hours to ${label}`, hrs(t.medianHours), '', note],
    ['service', `${key}_p95_hours`, `95th percentile hours to ${label}`, hrs(t.p95Hours), '', note],
  ];
}

function serviceRows(service) {
  const w = service.within72;
  return [
    [
      'service',
      'within_72_hours',
      'Contacted within 72 hours of referral',
      w.shown,
      pct(w.percent),
      `of ${w.baseShown} referrals`,
    ],
    ...timingRows('first_attempt', 'first attempt', service.firstAttempt),
    ...timingRows('contact', 'contact', service.contact),
    ...timingRows('assessed', 'assessment', service.assessed),
    ...tableRows('take_up', service.takeUp),
    ...tableRows('closure_reason', service.closureReason),
  ];
}

function accessRows(questions) {
  return questions.flatMap((q) => [
    ...q.table.rows.map((row) => [
      `equal_access_${q.key}`,
      row.key,
      row.label,
      row.shown,
      pct(row.percent),
      [
        row.state ? notes[row.state] : '',
        row.population === null ? '' : `population ${row.population.toFixed(1)}%`,
      ]
        .filter(Boolean)
        .join('; '),
    ]),
    [
      `equal_access_${q.key}`,
      'total',
      'Answered',
      q.table.baseShown,
      '',
      q.census ? `population: ${q.census.area}; ${q.census.ageGroup}` : 'no population figure',
    ],
    [`equal_access_${q.key}`, 'prefer_not_to_say', 'Prefer not to say', q.declined.shown, '', ''],
  ]);
}

function adultRows(who, a) {
  return [
    [`${who}_feedback`, 'total', 'Responses', a.totalShown, '', ''],
    ...tableRows(`${who}_ease`, a.ease),
    ...tableRows(`${who}_knew_next`, a.knewNext),
    ...tableRows(`${who}_satisfaction`, a.satisfaction),
  ];
}

function trendRows(trend) {
  return trend.rows.flatMap((row) =>
    row.cells.map((cell, i) => [
      'trend',
      `${row.key}_${trend.quarters[i].id}`,
      row.label,
      cell,
      '',
      trend.quarters[i].label,
    ]),
  );
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
    ...serviceRows(figures.service),
    ...adultRows('parent_carer', figures.adults.parent_carer),
    ...adultRows('professional', figures.adults.professional),
    ...accessRows(figures.equalAccess),
    ...trendRows(figures.trend),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
