// A breakdown as a table with a bar per row: counts, suppressed counts in words,
// and the share each row is of the base.
import { esc, inlineBar, whole } from './charts.mjs';

const countCell = (row) =>
  row.state
    ? `<td class="num suppressed">${esc(row.shown)}</td>`
    : `<td class="num">${row.count}</td>`;

export function barTable(table, noun) {
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
