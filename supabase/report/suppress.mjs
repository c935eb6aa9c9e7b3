// Small-number suppression, so that no child can be identified from the report.
//
// Primary: a count from 1 to 4 is shown as "fewer than 5".
// Secondary: in a table whose cells add up to a total that is shown, hiding one
// cell is undone by subtraction, and hiding several can still pin one down (two
// hidden cells adding up to 8 must both be 4). So after the primary step, for every
// hidden cell we work out every value a reader could deduce it might have, from
// the total and what the labels say; while some hidden cell could have only one
// value, another cell is hidden, the smallest shown one first. A reader knows a
// "fewer than 5" cell is 1–4, and a "hidden" cell is 0 or 5 and over.
// Zero is shown as 0: knowing nobody is in a group identifies no one.

export const SMALL = 'small';
export const HIDDEN = 'hidden';

const isSmall = (n) => n >= 1 && n <= 4;

/** Values each hidden cell could take, given the others' ranges and the known sum. */
function possibleValues(cells, states, sum) {
  const hiddenAt = states.flatMap((state, i) => (state ? [i] : []));
  const range = (i) =>
    states[i] === SMALL
      ? [1, 2, 3, 4]
      : [0, ...Array.from({ length: Math.max(0, sum - 4) }, (_, k) => k + 5)];
  return hiddenAt.map((i) => {
    // Sums the other hidden cells can make together.
    let reachable = new Set([0]);
    for (const j of hiddenAt) {
      if (j === i) continue;
      const next = new Set();
      for (const s of reachable) for (const v of range(j)) if (s + v <= sum) next.add(s + v);
      reachable = next;
    }
    return range(i).filter((v) => reachable.has(sum - v));
  });
}

/**
 * @param {number[]} cells counts, in display order
 * @param {{ total?: number }} [options] total: the shown total the cells add up to
 *   (omit for tables whose cells overlap, such as "all categories that apply")
 * @returns {(null | 'small' | 'hidden')[]} per cell: shown, primary or secondary suppression
 */
export function suppress(cells, { total } = {}) {
  /** @type {(null | 'small' | 'hidden')[]} */
  const states = cells.map((n) => (isSmall(n) ? SMALL : null));
  if (total === undefined || isSmall(total) || !states.some(Boolean)) return states;
  for (;;) {
    const shownSum = cells.reduce((sum, n, i) => (states[i] ? sum : sum + n), 0);
    const pinned = possibleValues(cells, states, total - shownSum).some(
      (values) => values.length <= 1,
    );
    if (!pinned) return states;
    const candidates = cells
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => !states[i])
      .sort((a, b) => Number(a.n === 0) - Number(b.n === 0) || a.n - b.n || a.i - b.i);
    const [toHide] = candidates;
    // Nothing left to hide: the caller must withhold the table.
    if (!toHide) return cells.map(() => HIDDEN);
    states[toHide.i] = HIDDEN;
  }
}

/** How a possibly suppressed count reads. */
export function shownCount(count, state) {
  if (state === SMALL) return 'fewer than 5';
  if (state === HIDDEN) return 'hidden';
  return String(count);
}
