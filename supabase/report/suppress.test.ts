// Suppression on its own: what is hidden, and that what is hidden cannot be
// worked back out from what is shown.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HIDDEN, SMALL, shownCount, suppress } from './suppress.mjs';

describe('primary suppression', () => {
  test('1 to 4 is "fewer than 5"; 0 and 5 and over are shown', () => {
    expect(suppress([0, 1, 4, 5, 12])).toEqual([null, SMALL, SMALL, null, null]);
    expect([0, 3, 5].map((n, i) => shownCount(n, suppress([0, 3, 5])[i]))).toEqual([
      '0',
      'fewer than 5',
      '5',
    ]);
  });

  test('cells that overlap (no shown total to subtract from) need nothing more', () => {
    expect(suppress([14, 3, 9])).toEqual([null, SMALL, null]);
  });
});

describe('secondary suppression against a shown total', () => {
  test('one small cell: the smallest other non-zero cell is hidden too', () => {
    expect(suppress([12, 15, 3], { total: 30 })).toEqual([HIDDEN, null, SMALL]);
  });

  test('two small cells that could be several pairs need nothing more', () => {
    expect(suppress([17, 2, 0, 1], { total: 20 })).toEqual([null, SMALL, null, SMALL]);
  });

  test('two small cells adding up to 8 are both 4: a third cell is hidden', () => {
    expect(suppress([4, 22, 4], { total: 30 })).toEqual([SMALL, HIDDEN, SMALL]);
  });

  test('a zero is hidden only when nothing else is left, and then the table is withheld if still needed', () => {
    expect(suppress([26, 4, 0], { total: 30 })).toEqual([HIDDEN, SMALL, null]);
    // Hiding the zero lets it be 5, so 8 could be 2 + 1 + 5: enough.
    expect(suppress([4, 4, 0], { total: 8 })).toEqual([SMALL, SMALL, HIDDEN]);
    expect(suppress([4, 4], { total: 8 })).toEqual([HIDDEN, HIDDEN]);
  });

  test('a total under 5 hides every non-zero cell and nothing more', () => {
    expect(suppress([3, 0, 1], { total: 4 })).toEqual([SMALL, null, SMALL]);
  });

  test('property: no hidden cell can be pinned down from the total and the labels', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { minLength: 2, maxLength: 6 }), (cells) => {
        const total = cells.reduce((a, b) => a + b, 0);
        const states = suppress(cells, { total });
        if (total < 5 || !states.some(Boolean)) return;
        // Brute force every table a reader could believe in, and count the values each hidden cell takes.
        const shown = cells.map((n, i) => (states[i] ? null : n));
        const options = states.map((s, i) =>
          s === SMALL ? [1, 2, 3, 4] : s === HIDDEN ? [0, ...range(5, total)] : [shown[i]!],
        );
        const seen = cells.map(() => new Set<number>());
        const walk = (i: number, sum: number, picked: number[]) => {
          if (i === cells.length) {
            if (sum === total) picked.forEach((v, k) => seen[k]!.add(v));
            return;
          }
          for (const v of options[i]!) if (sum + v <= total) walk(i + 1, sum + v, [...picked, v]);
        };
        walk(0, 0, []);
        states.forEach((s, i) => {
          if (s)
            expect(
              seen[i]!.size,
              `cell ${i} of ${JSON.stringify(cells)} → ${JSON.stringify(states)}`,
            ).toBeGreaterThan(1);
        });
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

function range(from: number, to: number) {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
