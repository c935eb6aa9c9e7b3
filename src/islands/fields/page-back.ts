// The page's own "Back" link (Page.astro) sits above a form. Once the form is
// started, following it would leave the page and lose every answer without a
// word, beside the form's own Back button that keeps them. So while a form is
// under way the link does what the form's Back does; a form with no steps asks
// first instead.
import { useEffect, useEffectEvent } from 'react';

/** `back`: what the link does now; null while nothing would be lost. */
export function usePageBack(back: (() => void) | null): void {
  const active = back !== null;
  const onClick = useEffectEvent((event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a.back-link');
    // A new tab or window is the person's choice: the form stays here.
    if (!link || !back || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    event.preventDefault();
    back();
  });
  useEffect(() => {
    if (!active) return;
    const listener = (event: MouseEvent) => onClick(event);
    document.addEventListener('click', listener);
    return () => document.removeEventListener('click', listener);
  }, [active]);
}
