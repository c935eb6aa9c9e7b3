// The history a form leaves. Each step of a form is a history entry of the same
// page (islands/fields/history.ts), so replacing only the current one on the way
// out would leave the others for Back to show. Part of quick exit's inline script.

// Spelled out rather than imported from ./events, as in quick-exit.ts.
const HISTORY_DEPTH = 'yvsDepth';

/** How many history entries a form on this page has added up to the one showing. */
export function formDepth(): number {
  const depth = (history.state as Record<string, unknown> | null)?.[HISTORY_DEPTH];
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

/** Blank at once: the words go from the screen before anything else happens. */
export function blank(): void {
  document.body.replaceChildren();
  document.documentElement.style.background = '#fff';
}

/** Steps back over the entries a form added, then runs `then` on the entry from before it. */
export function unwind(then: () => void): void {
  const depth = formDepth();
  if (!depth) return then();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  window.addEventListener('popstate', once, { once: true });
  // Should the browser not report the step back, go on anyway.
  window.setTimeout(once, 400);
  history.go(-depth);
}

/**
 * A step of a form whose page is gone (reloaded, or reached with Forward after
 * quick exit): its answers went with the page, and the entries before it hold
 * nothing either. Go back over them to where the form began, which is the neutral
 * site if quick exit replaced it.
 */
export function leaveDeadSteps(): void {
  if (!formDepth()) return;
  blank();
  // Still here: there was nothing to go back over. Start the page afresh.
  unwind(() => (history.replaceState(null, ''), location.reload()));
}
