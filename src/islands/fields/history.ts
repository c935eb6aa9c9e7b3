// Each step of a form gets its own history entry (the same address; only the step
// is kept, never an answer), so the browser's Back goes to the step before instead
// of leaving the form and losing everything typed. Each entry also says how many
// the form has added (HISTORY_DEPTH): quick exit steps back over them all before
// it leaves, and a finished form steps back over them at once, so the entry the
// neutral site replaces is the one from before the form began, and Back afterwards
// shows nothing of the form.
import { useEffect, useEffectEvent, useRef } from 'react';
import { HISTORY_DEPTH } from '../../components/quick-exit/events';

const STEP = 'yvsStep';

/** How many entries the form has added up to the one showing. */
export function historyDepth(): number {
  const depth = (window.history.state as Record<string, unknown> | null)?.[HISTORY_DEPTH];
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

export function useStepHistory<P>(show: (phase: P) => void, start: P, stopped: () => boolean) {
  const finished = useRef(false);
  const onPop = useEffectEvent((event: PopStateEvent) => {
    if (finished.current || stopped()) return;
    const state = event.state as Record<string, unknown> | null;
    show((state?.[STEP] as P | undefined) ?? start);
  });
  useEffect(() => {
    const listener = (event: PopStateEvent) => onPop(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);
  return {
    /** A new step: a new entry, one deeper. */
    go(phase: P) {
      finished.current = false;
      window.history.pushState({ [STEP]: phase, [HISTORY_DEPTH]: historyDepth() + 1 }, '');
      show(phase);
    },
    /** Sent: the form's entries go behind, so Back leaves the page it is on. */
    finish() {
      finished.current = true;
      const depth = historyDepth();
      if (depth) window.history.go(-depth);
    },
  };
}
