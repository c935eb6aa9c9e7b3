/** Fired on window by quick exit; islands listen and drop whatever a person has typed. */
export const QUICK_EXIT_EVENT = 'yvs:quick-exit';
