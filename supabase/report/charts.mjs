// Inline SVG, drawn by hand so the page needs nothing from anywhere. Every chart
// carries its numbers as text too, and says in its title what it shows.
import { TARGET_PERCENT } from './labels.mjs';

export const esc = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

export const whole = (percent) => `${Math.round(percent)}%`;
export const oneDecimal = (percent) => `${percent.toFixed(1)}%`;

/** A bar for a table cell; the numbers sit beside it, so it is hidden from screen readers. */
export function inlineBar(percent) {
  const width = Math.max(0, Math.min(100, percent ?? 0));
  return (
    `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect width="100" height="10" class="track"/><rect width="${width.toFixed(2)}" height="10" class="fill"/></svg>`
  );
}

/**
 * Share improving in each area against the target: one row per measure.
 * @param {{ label: string, percent: number | null, text: string }[]} rows
 */
export function outcomeChart(id, title, rows) {
  const left = 250;
  const barWidth = 330;
  const rowHeight = 44;
  const top = 30;
  const height = top + rows.length * rowHeight + 10;
  const x = (percent) => left + (barWidth * percent) / 100;
  const bars = rows.map((row, i) => {
    const y = top + i * rowHeight;
    const bar =
      row.percent === null
        ? ''
        : `<rect x="${left}" y="${y + 8}" width="${((barWidth * row.percent) / 100).toFixed(1)}" height="20" class="fill"/>`;
    return (
      `<text x="${left - 12}" y="${y + 23}" text-anchor="end" class="label">${esc(row.label)}</text>` +
      `<rect x="${left}" y="${y + 8}" width="${barWidth}" height="20" class="track"/>${bar}` +
      `<text x="${left + barWidth + 12}" y="${y + 23}" class="value">${esc(row.text)}</text>`
    );
  });
  const target = x(TARGET_PERCENT);
  return (
    `<svg class="chart" viewBox="0 0 ${left + barWidth + 180} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    `<desc id="${id}-desc">${esc(rows.map((r) => `${r.label}: ${r.text}`).join('; '))}. Target ${TARGET_PERCENT}%.</desc>` +
    bars.join('') +
    `<line x1="${target}" x2="${target}" y1="${top - 6}" y2="${height - 6}" class="target"/>` +
    `<text x="${target}" y="${top - 12}" text-anchor="middle" class="target-label">Target ${TARGET_PERCENT}%</text></svg>`
  );
}

/**
 * Median and 95th percentile on an hours line. `promise`: the 72 hours within which
 * contact is promised, drawn only on charts of contact, never of pickup.
 * @param {string} id
 * @param {string} title
 * @param {number} medianHours
 * @param {number} p95Hours
 * @param {number | null} [promise]
 */
export function timeChart(id, title, medianHours, p95Hours, promise = null) {
  const width = 640;
  const left = 30;
  const span = Math.max(promise ?? 24, Math.ceil(p95Hours / 24) * 24, 24);
  const x = (h) => left + ((width - 2 * left) * h) / span;
  const step = span > 240 ? 72 : 24;
  const ticks = [];
  for (let h = 0; h <= span; h += step) {
    ticks.push(
      `<line x1="${x(h)}" x2="${x(h)}" y1="70" y2="78" class="axis"/><text x="${x(h)}" y="96" text-anchor="middle" class="tick">${h} h</text>`,
    );
  }
  // Labels near either end are anchored inwards so they are not cut off.
  const anchor = (h) => (x(h) < 90 ? 'start' : x(h) > width - 90 ? 'end' : 'middle');
  const marker = (h, label, y) =>
    `<circle cx="${x(h).toFixed(1)}" cy="70" r="7" class="fill"/><text x="${x(h).toFixed(1)}" y="${y}" text-anchor="${anchor(h)}" class="value">${esc(label)}</text>`;
  const line =
    promise === null
      ? ''
      : `<line x1="${x(promise)}" x2="${x(promise)}" y1="40" y2="78" class="target"/>`;
  return (
    `<svg class="chart" viewBox="0 0 ${width} 110" role="img" aria-labelledby="${id}-title">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    `<line x1="${left}" x2="${width - left}" y1="70" y2="70" class="axis"/>${ticks.join('')}${line}` +
    marker(medianHours, `half: ${medianHours.toFixed(1)} h`, 22) +
    marker(p95Hours, `95%: ${p95Hours.toFixed(1)} h`, 44) +
    '</svg>'
  );
}
