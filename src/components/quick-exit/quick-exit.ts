// Quick exit: hide the page at once, forget what was typed, take this page out of
// the history and open an ordinary site. A plain link already does the last part
// without JavaScript; this makes it instant and adds the Shift shortcut.

const PRESSES = 3;
const WINDOW_MS = 5000;

// Spelled out rather than imported from ./events: a shared import would turn this
// inline script into a file every content page has to fetch. A test keeps the
// names the same.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';
const HISTORY_DEPTH = 'yvsDepth';

let exited = false;

/** How many history entries a form on this page has added up to the one showing. */
function formDepth(): number {
  const depth = (history.state as Record<string, unknown> | null)?.[HISTORY_DEPTH];
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

/** Blank at once: the words go from the screen before anything else happens. */
function blank(): void {
  document.body.replaceChildren();
  document.documentElement.style.background = '#fff';
}

/**
 * Steps back over the entries a form added, then runs `then` on the entry from
 * before the form began. Each step of a form is an entry of this same page, so
 * replacing only the current one would leave the others for Back to show.
 */
function unwind(then: () => void): void {
  const depth = formDepth();
  if (!depth) return then();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  window.addEventListener('popstate', once, { once: true });
  // Should the browser not report the step back, leave anyway.
  window.setTimeout(once, 400);
  history.go(-depth);
}

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

    // A step of a form whose page is gone (reloaded, or reached with Forward after
    // quick exit): its answers went with the page, and the entries before it hold
    // nothing either. Go back over them to where the form began, which is the
    // neutral site if quick exit replaced it.
    if (formDepth()) {
      blank();
      // Still here: there was nothing to go back over. Start the page afresh.
      unwind(() => (history.replaceState(null, ''), location.reload()));
    }

    // The bar's real height, which changes with the language and the width: the
    // page keeps what is focused or scrolled to below it (global.css). On a narrow
    // screen the language links sit on a row of their own that scrolls away, and
    // only the row with the button stays.
    const button = this.querySelector<HTMLElement>('.quick-exit__button');
    const first = this.querySelector<HTMLElement>('.quick-exit__bar > *');
    const measure = () => {
      if (!button || !first) return;
      const wrapped = button.offsetTop >= first.offsetTop + first.offsetHeight;
      const hidden = wrapped ? button.offsetTop - first.offsetTop : 0;
      const root = document.documentElement.style;
      root.setProperty('--quick-exit-hidden', `${hidden}px`);
      root.setProperty('--quick-exit-stuck', `${this.offsetHeight - hidden}px`);
    };
    measure();
    new ResizeObserver(measure).observe(this);
    // A browser scrolls a newly focused element only until part of it shows: at
    // 400% zoom a text box can stay half off the screen, or half under this bar.
    // All of it comes into view, if it fits (scroll-padding keeps it below the bar).
    document.addEventListener('focusin', (event) => {
      const el = event.target;
      if (!(el instanceof HTMLElement) || this.contains(el)) return;
      const box = el.getBoundingClientRect();
      const top = this.getBoundingClientRect().bottom;
      const bottom = document.documentElement.clientHeight;
      if (box.height <= bottom - top && (box.top < top || box.bottom > bottom))
        el.scrollIntoView({ block: 'nearest' });
    });

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
