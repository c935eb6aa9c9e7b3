// Quick exit: hide the page at once, forget what was typed, take this page out of
// the history and open an ordinary site. A plain link already does the last part
// without JavaScript; this makes it instant and adds the Shift shortcut.

const PRESSES = 3;
const WINDOW_MS = 5000;

// Spelled out rather than imported from ./events: a shared import would turn this
// inline script into a file every content page has to fetch. A test keeps the two
// names the same.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';

let exited = false;

function blankAndLeave(url: string, title: string): void {
  exited = true;
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  for (const form of Array.from(document.forms)) form.reset();
  document.title = title;
  // Emptying the body removes the words from the screen before the next site
  // has even started to load, which on a slow phone can take seconds.
  document.body.replaceChildren();
  document.documentElement.style.background = '#fff';
  // replace(), not assign(): Back must not bring this page back.
  window.location.replace(url);
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

    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-quick-exit]');
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      blankAndLeave(url, title);
    });

    document.addEventListener(
      'keydown',
      (event) => {
        // Shift held down while typing a capital letter is not a press: the
        // letter that follows resets the count, and key repeat is ignored.
        if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) {
          if (this.count > 0) reset();
          return;
        }
        if (event.repeat) return;
        this.count += 1;
        window.clearTimeout(this.timer);
        if (this.count >= PRESSES) {
          blankAndLeave(url, title);
          return;
        }
        const remaining = PRESSES - this.count;
        if (status) status.textContent = (remaining === 1 ? this.dataset.countdownOne : this.dataset.countdownTwo) ?? '';
        this.timer = window.setTimeout(reset, WINDOW_MS);
      },
      true,
    );

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
