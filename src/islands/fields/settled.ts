// An answer counts once the person pauses or moves on, not on every keystroke:
// what follows from it (a signpost, a new question) then appears once instead of
// flickering while they type ("1" on the way to "13" is not an age under 11, and
// "Rea" on the way to "Reading" is not a town we do not know).
import { useEffect, useState } from 'react';

export const SETTLE_MS = 600;

/**
 * The value as it was when typing last paused; `settle` takes it as it is now
 * (the person left the box, or pressed Tab or Enter to move on).
 */
export function useSettled<T>(value: T, ms = SETTLE_MS): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [settled, () => setSettled(value)];
}
