// The commissioner's page: headline numbers first, then one chart or barred table
// per question they ask, then how to read the figures. One file, no scripts, no
// external assets: it can be emailed, archived and opened offline.
import { esc, oneDecimal, outcomeChart, timeChart, whole } from './charts.mjs';
import { adultsSection, equalAccessSection, serviceSection, trendSection } from './sections.mjs';
import { barTable } from './tables.mjs';
import { counted } from './counted.mjs';
import { TARGET_PERCENT } from './labels.mjs';
import { humanDate } from './quarter.mjs';
import { css } from './style.mjs';

// Which breakdowns each section shows, in order; a declared question counted for
// the report (counted.mjs) that is not placed here comes last in its own section.
const sections = {
  who: ['month', 'source', 'organisation_type', 'age_band', 'county'],
  what: ['involvement', 'category', 'reported_to_police', 'priority', 'support'],
  contact: ['contact_via', 'channel', 'contact_language', 'interpreter'],
};
const placed = new Set(Object.values(sections).flat());

function cards(tables, section) {
  const keys = [
    ...sections[section],
    ...counted.filter((q) => q.section === section && !placed.has(q.key)).map((q) => q.key),
  ];
  return keys
    .filter((k) => tables[k])
    .map((k) => barTable(tables[k], 'Referrals'))
    .join('');
}

function tile(big, text, note = '') {
  return `<li><span class="big">${esc(big)}</span>${esc(text)}${note ? `<span class="tile-note">${esc(note)}</span>` : ''}</li>`;
}

function measureText(row, base) {
  if (base === '0') return 'no answers';
  return row.percent === null
    ? `${row.shown} of ${base} said better`
    : `${oneDecimal(row.percent)} (${row.count} of ${base})`;
}

function outcomesSection(feedback) {
  const measures = [
    ...feedback.outcomes.map((o) => ({
      label: o.title,
      row: o.improving,
      base: o.table.baseShown,
    })),
    {
      label: 'Satisfied with the service',
      row: feedback.satisfaction.satisfied,
      base: feedback.satisfaction.table.baseShown,
    },
  ];
  const chartRows = measures.map((m) => ({
    label: m.label,
    percent: m.row.percent,
    text: measureText(m.row, m.base),
  }));
  const detail = feedback.outcomes.map((o) =>
    barTable({ ...o.table, title: o.title }, 'Responses'),
  );
  return (
    `<section aria-labelledby="h-outcomes"><h2 id="h-outcomes">Did things get better?</h2>` +
    `<p>Since getting support, did things get better? The share answering “better” among those who answered each question, ` +
    `against the commissioner’s target of ${TARGET_PERCENT}% in each of the four areas; and the share who rated the service 4 or 5 out of 5.</p>` +
    outcomeChart('outcomes', 'Share improving in each area, and share satisfied', chartRows) +
    `<div class="cards">${detail.join('')}${barTable(feedback.satisfaction.table, 'Responses')}${barTable(feedback.listenedTo, 'Responses')}${barTable(feedback.recommend, 'Responses')}</div></section>`
  );
}

function pickupSection(pickup, total) {
  const body = pickup.suppressed
    ? `<p>Fewer than 5 referrals from this quarter have been acknowledged by the case system, so no times are shown.</p>`
    : timeChart(
        'pickup',
        `Half of referrals were picked up by the case system within ${pickup.medianHours.toFixed(1)} hours and 95% within ${pickup.p95Hours.toFixed(1)} hours.`,
        pickup.medianHours,
        pickup.p95Hours,
      ) +
      `<p>Time from a referral arriving to the case system picking it up (acknowledging it), for the ${pickup.count} of ${total} referrals picked up so far: ` +
      `half within <strong>${pickup.medianHours.toFixed(1)} hours</strong> (the median), 95% within <strong>${pickup.p95Hours.toFixed(1)} hours</strong>. ` +
      `Pickup is not contact: the 72-hour promise is measured under Service levels.</p>`;
  return `<section aria-labelledby="h-pickup"><h2 id="h-pickup">How quickly the case system picked referrals up</h2>${body}</section>`;
}

const notesSection = `<section aria-labelledby="h-notes"><h2 id="h-notes">About these figures</h2><dl class="notes">
<dt>fewer than 5</dt><dd>A count between 1 and 4. It is not shown, so that no child can be recognised from a small group.</dd>
<dt>hidden</dt><dd>A count of 0 or of 5 or more, hidden because showing it would let a smaller count be worked out by subtracting from the total.</dd>
<dt>Improving</dt><dd>“Better” since getting support, out of everyone who answered that question (including “not sure”). Satisfied means 4 or 5 on the 5-point scale.</dd>
<dt>Where the numbers come from</dt><dd>Each referral and feedback response leaves a record with no name, contact details, free text or reference in it, and no date but the month it arrived in (UK time), kept after the referral itself is deleted from the portal.</dd>
<dt>Pickup</dt><dd>From arrival to the case system’s acknowledgement, in whole minutes; median and 95th percentile by nearest rank, so each is a time a referral actually took. It says when caseworkers could see a referral, not when anyone was contacted.</dd>
<dt>Service levels</dt><dd>From the milestones the case system records after pickup (first attempt, contact made, needs assessed, support accepted or declined, case closed), as whole minutes after the referral arrived. Contacted within 72 hours is out of every referral of the quarter, so referrals whose contact is not yet recorded count against it. Take-up is accepted out of accepted or declined. A referral counts in the quarter it arrived, even when a milestone comes later.</dd>
<dt>Equal access</dt><dd>From optional questions offered after a referral is sent. Not everyone answers, so they describe only the referrals whose senders did. Kept only as counts, one answer at a time, never joined to the referral. Population shares are from Census 2021 for the area and ages each card names (population/README.md in the portal’s code).</dd>
<dt>Not counted here</dt><dd>Referrals made by phone or through the Victims Hub rather than through this website, and anything a caseworker records only in the case system. Feedback given other than through the portal’s surveys.</dd>
</dl></section>`;

export function toHtml(figures) {
  const { quarter, referrals, feedback } = figures;
  const t = Object.fromEntries(referrals.tables.map((table) => [table.key, table]));
  const notReported =
    referrals.notReported.percent === null
      ? referrals.notReported.shown
      : whole(referrals.notReported.percent);
  const w = figures.service.within72;
  const contactTile =
    w.percent === null
      ? [
          w.shown,
          'contacted within 72 hours',
          w.base === 0 ? 'no referrals' : `of ${w.baseShown} referrals`,
        ]
      : [whole(w.percent), 'contacted within 72 hours', `${w.count} of ${w.base} referrals`];
  const title = `Quarterly report: ${quarter.label}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Young Victims Service: ${esc(title)}</title><style>${css}</style></head>
<body><header><p class="eyebrow">Young Victims Service · Thames Valley · ${esc(quarter.id)}</p><h1>${esc(title)}</h1>
<p class="meta">Referrals and feedback received ${esc(humanDate(quarter.firstDay))} to ${esc(humanDate(quarter.lastDay))}. Produced ${esc(humanDate(figures.generatedOn))}.</p></header>
<main><section aria-labelledby="h-glance"><h2 id="h-glance">At a glance</h2><ul class="tiles">
${tile(referrals.totalShown, 'referrals')}${tile(notReported, 'not reported to the police')}${tile(...contactTile)}${tile(feedback.totalShown, 'feedback responses')}
</ul></section>
${serviceSection(figures.service)}
${outcomesSection(feedback)}
${adultsSection(figures.adults)}
<section aria-labelledby="h-who"><h2 id="h-who">Who was referred</h2><div class="cards">${cards(t, 'who')}</div></section>
${equalAccessSection(figures.equalAccess)}
<section aria-labelledby="h-what"><h2 id="h-what">What happened and what they need</h2><div class="cards">${cards(t, 'what')}</div></section>
<section aria-labelledby="h-contact"><h2 id="h-contact">How they want to be contacted</h2><div class="cards">${cards(t, 'contact')}</div></section>
${pickupSection(referrals.pickup, referrals.totalShown)}
${trendSection(figures.trend)}
${notesSection}</main>
<footer><p>Produced by the portal’s report command from non-identifying statistics. Figures under 5 are suppressed.</p></footer>
</body></html>
`;
}
