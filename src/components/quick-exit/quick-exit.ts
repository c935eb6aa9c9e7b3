// Quick exit: hide the page at once, forget what was typed, take this page out of
// the history and open an ordinary site. A plain link already does the last part
// without JavaScript; this makes it instant and adds the Shift shortcut.

import { keepFocusInView, measureBar } from './bar';
import { blank, leaveDeadSteps, unwind } from './unwind';

const PRESSES = 3;
const WINDOW_MS = 5000;

// Spelled out rather than imported from ./events: a shared import would turn this
// inline script into a file every content page has to fetch. A test keeps the
// names the same.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';

let exited = false;

/** Translated words with English runs marked (src/i18n/marked.ts), as elements. */
function marked(text: string): (string | Node)[] {
  return text.split(/<span lang="en">(.*?)<\/span>/).map((part, i) => {
    if (i % 2 === 0) return part;
    const span = document.createElement('span');
    span.lang = 'en';
    span.textContent = part;
    return span;
  });
}

function blankAndLeave(url: string, title: string): void {
  exited = true;
  // The neutral title first: nothing the page does on the way out may show the
  // service's name again.
  document.title = title;
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  for (const form of Array.from(document.forms)) form.reset();
  // Emptying the body removes the words from the screen before the next site
  // has even started to load, which on a slow phone can take seconds.
  blank();
  // replace(), not assign(): Back must not bring this page back, nor any step of
  // a form on it.
  unwind(() => window.location.replace(url));
}

class QuickExitElement extends HTMLElement {
  private count = 0;
  private timer: number | undefined;

  connectedCallback(): void {
    const url = this.dataset.url ?? 'about:blank';
    const title = this.dataset.title ?? '';
    const status = this.querySelector<HTMLElement>('[data-quick-exit-status]');

    const reset = () => {
      this.count = 0;
      window.clearTimeout(this.timer);
      if (status) status.textContent = '';
    };

    leaveDeadSteps();
    measureBar(this);
    keepFocusInView(this);

    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-quick-exit]');
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      blankAndLeave(url, title);
    });

    // A press counts when Shift goes up with no other key pressed while it was
    // down: Shift held for a capital letter, or with Ctrl or Alt, never counts,
    // and any other key starts the count again.
    let shiftDown = false;
    let chord = false;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Shift') {
          if (!event.repeat) {
            shiftDown = true;
            chord = event.ctrlKey || event.altKey || event.metaKey;
          }
          return;
        }
        if (shiftDown) chord = true;
        if (this.count > 0) reset();
      },
      true,
    );
    document.addEventListener(
      'keyup',
      (event) => {
        if (event.key !== 'Shift') return;
        const press = shiftDown && !chord;
        shiftDown = false;
        if (!press) return;
        this.count += 1;
        window.clearTimeout(this.timer);
        if (this.count >= PRESSES) {
          blankAndLeave(url, title);
          return;
        }
        const remaining = PRESSES - this.count;
        if (status)
          status.replaceChildren(
            ...marked(
              (remaining === 1 ? this.dataset.countdownOne : this.dataset.countdownTwo) ?? '',
            ),
          );
        this.timer = window.setTimeout(reset, WINDOW_MS);
      },
      true,
    );
    window.addEventListener('blur', () => (shiftDown = false));

    window.addEventListener('pageshow', (event) => {
      // Restored from the back/forward cache: a page that was left by quick exit
      // must not reappear, and a half-finished Shift count must not carry over.
      if (!event.persisted) return;
      if (exited) {
        blankAndLeave(url, title);
        return;
      }
      reset();
    });
  }
}

export function defineQuickExit(): void {
  if (!customElements.get('quick-exit')) customElements.define('quick-exit', QuickExitElement);
}
