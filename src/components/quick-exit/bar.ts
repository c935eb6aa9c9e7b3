// The sticky bar must never hide what has focus (WCAG 2.4.11). Part of quick
// exit's inline script.

/**
 * The bar's real height, which changes with the language and the width: the page
 * keeps what is focused or scrolled to below it (scroll-padding in global.css).
 * When the language links take a row of their own, that row scrolls away and only
 * the row with the button stays.
 */
export function measureBar(bar: HTMLElement): void {
  const button = bar.querySelector<HTMLElement>('.quick-exit__button');
  const first = bar.querySelector<HTMLElement>('.quick-exit__bar > *');
  const measure = () => {
    if (!button || !first) return;
    const wrapped = button.offsetTop >= first.offsetTop + first.offsetHeight;
    const hidden = wrapped ? button.offsetTop - first.offsetTop : 0;
    const root = document.documentElement.style;
    root.setProperty('--quick-exit-hidden', `${hidden}px`);
    root.setProperty('--quick-exit-stuck', `${bar.offsetHeight - hidden}px`);
  };
  measure();
  new ResizeObserver(measure).observe(bar);
}

/**
 * A browser scrolls a newly focused element only until part of it shows: at 400%
 * zoom a text box can stay half off the screen, or half under the bar. All of it
 * comes into view, if it fits (scroll-padding keeps it below the bar).
 */
export function keepFocusInView(bar: HTMLElement): void {
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLElement) || bar.contains(el)) return;
    const box = el.getBoundingClientRect();
    const top = bar.getBoundingClientRect().bottom;
    const bottom = document.documentElement.clientHeight;
    if (box.height <= bottom - top && (box.top < top || box.bottom > bottom))
      el.scrollIntoView({ block: 'nearest' });
  });
}
