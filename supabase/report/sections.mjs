// The sections the commissioner holds the provider to: service levels against
// the 72-hour promise, equal access beside the census, grown-ups' feedback and
// the trend over five quarters.
import { esc, oneDecimal, timeChart } from './charts.mjs';
import { PROMISE_HOURS } from './service-levels.mjs';
import { barTable } from './tables.mjs';

const h1 = (hours) => `${hours.toFixed(1)} hours`;
const section = (id, title, body) =>
  `<section aria-labelledby="h-${id}"><h2 id="h-${id}">${esc(title)}</h2>${body}</section>`;

function shareText(s) {
  if (s.base === 0) return 'no referrals';
  return s.percent === null
    ? `${s.shown} of ${s.baseShown}`
    : `${oneDecimal(s.percent)} (${s.count} of ${s.base})`;
}

function timingRow(label, t) {
  const cells = t.suppressed
    ? `<td class="num">${esc(t.countShown)}</td><td colspan="2">too few to show times</td>`
    : `<td class="num">${t.count}</td><td class="num">${t.medianHours.toFixed(1)} h</td><td class="num">${t.p95Hours.toFixed(1)} h</td>`;
  return `<tr><th scope="row">${esc(label)}</th>${cells}</tr>`;
}

export function serviceSection(service) {
  const { within72, firstAttempt, contact, assessed } = service;
  const chart = contact.suppressed
    ? ''
    : timeChart(
        'contact-time',
        `Half of the referrals contacted so far were contacted within ${h1(contact.medianHours)} of arriving and 95% within ${h1(contact.p95Hours)}; contact is promised within ${PROMISE_HOURS} hours.`,
        contact.medianHours,
        contact.p95Hours,
        PROMISE_HOURS,
      ) +
      `<p>The dashed line marks ${PROMISE_HOURS} hours, the time within which every young person is promised contact.</p>`;
  return section(
    'service',
    'Service levels',
    `<p>From the milestones the case system records for each referral: <strong>${esc(shareText(within72))}</strong> of this quarter’s referrals were contacted within ${PROMISE_HOURS} hours of arriving, by the way they said was safe. Times run from the referral arriving at the portal.</p>` +
      chart +
      `<figure class="card scroll" tabindex="0"><figcaption><h3>Time from referral to each step</h3></figcaption><table>` +
      `<thead><tr><th scope="col">Step</th><th scope="col" class="num">Referrals</th><th scope="col" class="num">Median</th><th scope="col" class="num">95% within</th></tr></thead><tbody>` +
      timingRow('First attempt to make contact', firstAttempt) +
      timingRow('Contact made', contact) +
      timingRow('Needs assessed', assessed) +
      `</tbody></table></figure>` +
      `<div class="cards">${barTable(service.takeUp, 'Referrals')}${barTable(service.closureReason, 'Cases')}</div>`,
  );
}

function accessTable(q) {
  const census = q.census
    ? `Population: ${q.census.area}; ${q.census.ageGroup} (${q.census.table}).`
    : 'No census figure to compare with.';
  if (q.table.withheld || q.table.base === 0) {
    const why =
      q.table.base === 0
        ? 'No answers this quarter.'
        : 'Not shown: the numbers are too small to show any of them safely.';
    return `<figure class="card"><figcaption><h3>${esc(q.title)}</h3></figcaption><p class="withheld">${why}</p><p class="tile-note">Prefer not to say: ${esc(q.declined.shown)}. ${esc(census)}</p></figure>`;
  }
  const rows = q.table.rows.map(
    (row) =>
      `<tr><th scope="row">${esc(row.label)}</th><td class="num${row.state ? ' suppressed' : ''}">${esc(row.shown)}</td>` +
      `<td class="num">${row.percent === null ? '' : oneDecimal(row.percent)}</td><td class="num">${row.population === null ? '–' : `${row.population.toFixed(1)}%`}</td></tr>`,
  );
  return (
    // Four columns: on a phone the table scrolls inside its card (a data table may, WCAG 1.4.10).
    `<figure class="card scroll" tabindex="0"><figcaption><h3>${esc(q.title)}</h3></figcaption><table>` +
    `<thead><tr><th scope="col">Group</th><th scope="col" class="num">Referrals</th><th scope="col" class="num">Share</th><th scope="col" class="num">Population</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody><tfoot><tr><th scope="row">Answered</th><td class="num">${esc(q.table.baseShown)}</td><td></td><td></td></tr></tfoot></table>` +
    `<p class="tile-note">Prefer not to say: ${esc(q.declined.shown)}. ${esc(census)}</p></figure>`
  );
}

export function equalAccessSection(questions) {
  return section(
    'access',
    'Equal access',
    `<p>Who this quarter’s referrals were about, from the optional equality questions offered after a referral is sent, beside the share of the population. The answers are kept only as counts and are never joined to a referral. Shares are of those who answered each question, leaving out “prefer not to say”. Each card names the area and ages its population figure covers: none is yet for ages 5 to 17 alone.</p>` +
      `<div class="cards">${questions.map(accessTable).join('')}</div>`,
  );
}

export function adultsSection(adults) {
  const part = (who, a) =>
    `<h3>${esc(who)}: ${esc(a.totalShown)} responses</h3><div class="cards">${barTable(a.ease, 'Responses')}${barTable(a.knewNext, 'Responses')}${barTable(a.satisfaction, 'Responses')}</div>`;
  return section(
    'adults',
    'What parents, carers and professionals said',
    `<p>From the short surveys for grown-ups: how easy it was to ask for help, whether they knew what would happen next, and how satisfied they were (4 or 5 of 5).</p>` +
      part('Parents and carers', adults.parent_carer) +
      part('Professionals', adults.professional),
  );
}

export function trendSection(trend) {
  const head = trend.quarters.map((q) => `<th scope="col" class="num">${esc(q.id)}</th>`).join('');
  const rows = trend.rows.map(
    (row) =>
      `<tr><th scope="row">${esc(row.label)}</th>${row.cells.map((c) => `<td class="num">${esc(c)}</td>`).join('')}</tr>`,
  );
  return section(
    'trend',
    'Over the last five quarters',
    `<p>Each headline figure for this quarter (last column) beside the four quarters before it, each counted and suppressed as its own report would show it. “too few”: fewer than 5 to base it on.</p>` +
      `<div class="card scroll" tabindex="0" role="region" aria-labelledby="h-trend"><table><caption class="visually-hidden">Headline figures by quarter</caption><thead><tr><th scope="col">Figure</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}
