// Whether the island's script is running. A form's first screen is in the page's
// HTML before its script has loaded; its Start button can only work once the
// script runs, so until then it says so by being unavailable.
import { useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
