// One breakdown of a quarter's counts: every value with zeros filled in, its
// share of the base, and small counts suppressed (suppress.mjs).
import { labels, values } from './labels.mjs';
import { SMALL, shownCount, suppress } from './suppress.mjs';

const percentOf = (count, base) => (base > 0 ? (count / base) * 100 : null);

/**
 * One breakdown. `partition`: each item is counted once, so the rows add up to the
 * base and secondary suppression applies; otherwise (several may apply) only primary.
 */
export function breakdown(key, title, items, counts, { base, partition }) {
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

export const pairs = (name) => values[name].map((v) => [v, labels[name][v]]);
