/** Fired on window by quick exit; islands listen and drop whatever a person has typed. */
export const QUICK_EXIT_EVENT = 'yvs:quick-exit';
/**
 * In the history state of each entry a form adds (one per step): how many entries
 * the form has added before and including it. Quick exit steps back over them all
 * before it leaves, so Back afterwards shows nothing of the form.
 */
export const HISTORY_DEPTH = 'yvsDepth';
