// The page title says where the person is, as GOV.UK services do: the screen's
// heading, the step, then the page's own title ("About you – Step 1 of 6 – Ask
// for help – Young Victims Service"), with "Error: " first while the error
// summary shows. A screen reader says the title first when someone comes back to
// the tab. Once quick exit has begun the title is the neutral one it set, and
// nothing here may change it back.
import { useEffect, useRef } from 'react';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import { plain } from '../../i18n/marked';
import type { FormKey } from '../messages';

let leaving = false;
if (typeof window !== 'undefined')
  window.addEventListener(QUICK_EXIT_EVENT, () => {
    leaving = true;
  });

/** The title for a screen: its parts (null for the page's first screen), then the page's. */
export function screenTitle(parts: string[] | null, base: string): string {
  return parts ? [...parts.map(plain), base].join(' – ') : base;
}

/**
 * Keeps document.title in step with the screen. `t` is the form's translator, for
 * its "Error: {{title}}".
 */
export function useScreenTitle(
  parts: string[] | null,
  error: boolean,
  t: (key: FormKey, vars: { title: string }) => string,
): void {
  const base = useRef<string | null>(null);
  const key = parts ? parts.join('\u0000') : '';
  useEffect(() => {
    if (leaving) return;
    base.current ??= document.title;
    const title = screenTitle(parts, base.current);
    document.title = error ? t('errors.pageTitle', { title }) : title;
    // `key` stands for the parts; t is the same words on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, error]);
}
