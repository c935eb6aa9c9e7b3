// Rate limits count in fixed windows (private.rate_window): a test that sends past
// a limit and counts what was held would fail if a window ended halfway through
// it, the counts starting again from nothing. This picks a window length, as near
// as it can to `near` seconds, whose current window has at least `needed` seconds
// left and began at least 5 seconds ago, so no boundary falls inside the test.

/**
 * @param {{ needed?: number, near?: number, now?: number }} [options]
 * @returns {number} seconds, for `rate_window_seconds`
 */
export function steadyWindow({ needed = 900, near = 3600, now = Date.now() / 1000 } = {}) {
  for (let step = 0; step < 86400; step++) {
    for (const length of [near + step, near - step]) {
      if (length < needed + 5 || length > 86400) continue;
      const into = now % length;
      if (into >= 5 && length - into >= needed) return length;
    }
  }
  throw new Error('no window length leaves room for the test');
}
