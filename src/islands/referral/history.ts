// Each step gets its own history entry (the same address; only the step number
// is kept, never an answer), so the browser's Back button goes to the step before
// instead of leaving the form and losing everything typed.
import { useEffect, useEffectEvent } from 'react';

const KEY = 'yvsStep';

export function useStepHistory<P>(setPhase: (phase: P) => void, start: P, stopped: () => boolean) {
  const onPop = useEffectEvent((event: PopStateEvent) => {
    if (stopped()) return;
    const state = event.state as Record<string, unknown> | null;
    setPhase((state?.[KEY] as P | undefined) ?? start);
  });
  useEffect(() => {
    const listener = (event: PopStateEvent) => onPop(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);
  return (phase: P) => {
    window.history.pushState({ [KEY]: phase }, '');
    setPhase(phase);
  };
}
