// The commissioner's page: headline numbers first, then one chart or barred table
// per question they ask, then how to read the figures. One file, no scripts, no
// external assets: it can be emailed, archived and opened offline.
import { esc, inlineBar, oneDecimal, outcomeChart, pickupChart, whole } from './charts.mjs';
import { TARGET_PERCENT } from './labels.mjs';
import { humanDate } from './quarter.mjs';
import { css } from './style.mjs';

const countCell = (row) =>
  row.state
    ? `<td class="num suppressed">${esc(row.shown)}</td>`
    : `<td class="num">${row.count}</td>`;

function barTable(table, noun) {
  if (table.withheld) {
    return (
      `<figure class="card"><figcaption><h3>${esc(table.title)}</h3></figcaption>` +
      `<p class="withheld">Not shown: the numbers are too small to show any of them safely.</p></figure>`
    );
  }
  const rows = table.rows.map(
    (row) =>
      `<tr><th scope="row">${esc(row.label)}</th>${countCell(row)}` +
      `<td class="share">${row.percent === null ? '' : `${inlineBar(row.percent)}<span>${whole(row.percent)}</span>`}</td></tr>`,
  );
  const base = table.partition
    ? `<tfoot><tr><th scope="row">Total</th><td class="num">${esc(table.baseShown)}</td><td></td></tr></tfoot>`
    : '';
  return (
    `<figure class="card"><figcaption><h3>${esc(table.title)}</h3></figcaption><table>` +
    `<thead><tr><th scope="col">${esc(table.partition ? 'Group' : 'Answer')}</th><th scope="col" class="num">${esc(noun)}</th>` +
    `<th scope="col">Share${table.partition ? '' : ' of all'}</th></tr></thead><tbody>${rows.join('')}</tbody>${base}</table></figure>`
  );
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
    : pickupChart('pickup', pickup.medianHours, pickup.p95Hours) +
      `<p>Time from a referral arriving to the case system acknowledging it, for the ${pickup.count} of ${total} referrals acknowledged so far: ` +
      `half within <strong>${pickup.medianHours.toFixed(1)} hours</strong> (the median), 95% within <strong>${pickup.p95Hours.toFixed(1)} hours</strong>. ` +
      `The dashed line marks 72 hours, the time within which every young person is promised contact.</p>`;
  return `<section aria-labelledby="h-pickup"><h2 id="h-pickup">How quickly referrals reached caseworkers</h2>${body}</section>`;
}

const notesSection = `<section aria-labelledby="h-notes"><h2 id="h-notes">About these figures</h2><dl class="notes">
<dt>fewer than 5</dt><dd>A count between 1 and 4. It is not shown, so that no child can be recognised from a small group.</dd>
<dt>hidden</dt><dd>A count of 0 or of 5 or more, hidden because showing it would let a smaller count be worked out by subtracting from the total.</dd>
<dt>Improving</dt><dd>“Better” since getting support, out of everyone who answered that question (including “not sure”). Satisfied means 4 or 5 on the 5-point scale.</dd>
<dt>Where the numbers come from</dt><dd>Each referral and feedback response leaves a record with no name, contact details, free text or reference in it, and no date but the month it arrived in (UK time), kept after the referral itself is deleted from the portal.</dd>
<dt>Time to reach caseworkers</dt><dd>From arrival to the case system’s acknowledgement, in whole minutes; median and 95th percentile by nearest rank, so each is a time a referral actually took.</dd>
</dl></section>`;

export function toHtml(figures) {
  const { quarter, referrals, feedback } = figures;
  const t = Object.fromEntries(referrals.tables.map((table) => [table.key, table]));
  const notReported =
    referrals.notReported.percent === null
      ? referrals.notReported.shown
      : whole(referrals.notReported.percent);
  const pickupTile = referrals.pickup.suppressed
    ? ['–', 'time to reach caseworkers', 'too few acknowledged to show']
    : [
        `${referrals.pickup.medianHours.toFixed(1)} h`,
        'median time to reach caseworkers',
        `95% within ${referrals.pickup.p95Hours.toFixed(1)} hours`,
      ];
  const title = `Quarterly report: ${quarter.label}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Young Victims Service: ${esc(title)}</title><style>${css}</style></head>
<body><header><p class="eyebrow">Young Victims Service · Thames Valley · ${esc(quarter.id)}</p><h1>${esc(title)}</h1>
<p class="meta">Referrals and feedback received ${esc(humanDate(quarter.firstDay))} to ${esc(humanDate(quarter.lastDay))}. Produced ${esc(humanDate(figures.generatedOn))}.</p></header>
<main><section aria-labelledby="h-glance"><h2 id="h-glance">At a glance</h2><ul class="tiles">
${tile(referrals.totalShown, 'referrals')}${tile(notReported, 'not reported to the police')}${tile(...pickupTile)}${tile(feedback.totalShown, 'feedback responses')}
</ul></section>
${outcomesSection(feedback)}
<section aria-labelledby="h-who"><h2 id="h-who">Who was referred</h2><div class="cards">${['month', 'source', 'age_band', 'county'].map((k) => barTable(t[k], 'Referrals')).join('')}</div></section>
<section aria-labelledby="h-what"><h2 id="h-what">What happened</h2><div class="cards">${barTable(t.category, 'Referrals')}${barTable(t.reported_to_police, 'Referrals')}${barTable(t.priority, 'Referrals')}</div></section>
<section aria-labelledby="h-contact"><h2 id="h-contact">How they want to be contacted</h2><div class="cards">${barTable(t.contact_via, 'Referrals')}${barTable(t.channel, 'Referrals')}</div></section>
${pickupSection(referrals.pickup, referrals.totalShown)}
${notesSection}</main>
<footer><p>Produced by the portal’s report command from non-identifying statistics. Figures under 5 are suppressed.</p></footer>
</body></html>
`;
}
