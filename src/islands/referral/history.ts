// Each step gets its own history entry (the same address; only the step number
// is kept, never an answer), so the browser's Back button goes to the step before
// instead of leaving the form and losing everything typed.
import { useEffect, useRef } from 'react';

const KEY = 'yvsStep';

export function useStepHistory<P>(setPhase: (phase: P) => void, start: P, stopped: () => boolean) {
  const stop = useRef(stopped);
  stop.current = stopped;
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      if (stop.current()) return;
      const state = event.state as Record<string, unknown> | null;
      setPhase((state?.[KEY] as P | undefined) ?? start);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // setPhase and start are stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (phase: P) => {
    window.history.pushState({ [KEY]: phase }, '');
    setPhase(phase);
  };
}
