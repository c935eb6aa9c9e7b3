// Search across the site, on the device: the index of every page in this
// language (built with the site, index.mjs) is fetched from the portal itself
// the first time the box is used, and what is typed never leaves the page. It
// is not put in the address, not saved, and cleared when the page is left or
// quick exit is used.
import { stem, words } from './words.mjs';

// Spelled out rather than imported, as in quick-exit.ts.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';
const ANNOUNCE_MS = 700;
/** A word in the title counts most, then headings and summary, then words used often, then any. */
const WEIGHTS = [8, 4, 2, 1];

/** path, title, excerpt, audience, then the four tiers of words. */
type Row = [string, string, string, string, string, string, string, string];
interface Index {
  labels: Record<string, string>;
  pages: Row[];
}
interface Page {
  row: Row;
  tiers: string[][];
}

/** How well a page's words answer one typed word: 0 when not at all. */
function score(tiers: string[][], term: string): number {
  const short = stem(term);
  let best = 0;
  tiers.forEach((list, tier) => {
    for (const word of list) {
      const fit = word.startsWith(term) ? 1 : word.startsWith(short) ? 0.5 : 0;
      best = Math.max(best, fit * WEIGHTS[tier]!);
    }
  });
  return best;
}

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector('ol')!;
    const plural = new Intl.PluralRules(document.documentElement.lang);
    const audience = this.dataset.audience ?? '';
    let index: Promise<{ labels: Index['labels']; pages: Page[] } | null> | undefined;
    let timer: number | undefined;
    let latest = 0;

    const load = () =>
      (index ??= fetch(this.dataset.index!)
        .then((r) => (r.ok ? (r.json() as Promise<Index>) : Promise.reject(new Error())))
        .then(({ labels, pages }) => ({
          labels,
          pages: pages.map((row) => ({ row, tiers: row.slice(4).map((t) => t.split(' ')) })),
        }))
        .catch(() => {
          index = undefined;
          return null;
        }));

    const say = (text: string) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = text), ANNOUNCE_MS);
    };

    const run = async () => {
      const run = ++latest;
      const terms = [...new Set(words(input.value))];
      if (!terms.length) {
        list.replaceChildren();
        list.hidden = true;
        say('');
        return;
      }
      const found = await load();
      if (run !== latest) return;
      if (!found) return say(this.dataset.error ?? '');
      const ranked = found.pages
        .map((page, order) => {
          let matched = 0;
          let total = 0;
          for (const term of terms) {
            const s = score(page.tiers, term);
            if (s) matched += 1;
            total += s;
          }
          // A page for the reader's own age or role comes before the same page for others.
          const own = Number(audience !== '' && page.row[3] === audience);
          return { page, matched, total: total * (1 + own), own, order };
        })
        .filter((r) => r.matched)
        .sort(
          (a, b) =>
            b.matched - a.matched || b.total - a.total || b.own - a.own || a.order - b.order,
        );
      list.replaceChildren(
        ...ranked.map(({ page: { row } }) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = row[0];
          link.textContent = row[1];
          const excerpt = document.createElement('p');
          excerpt.textContent = row[2];
          item.append(link, excerpt);
          const label = found.labels[row[3]];
          if (label) {
            const who = document.createElement('p');
            who.className = 'search__for';
            who.textContent = label;
            item.append(who);
          }
          return item;
        }),
      );
      list.hidden = ranked.length === 0;
      const count = ranked.length;
      say(
        count === 0
          ? (this.dataset.none ?? '')
          : (this.dataset[plural.select(count)] ?? this.dataset.other ?? '').replace(
              '{{count}}',
              String(count),
            ),
      );
    };

    const clear = () => {
      input.value = '';
      latest += 1;
      list.replaceChildren();
      list.hidden = true;
      window.clearTimeout(timer);
      status.textContent = '';
    };

    for (const fallback of this.querySelectorAll<HTMLElement>('[data-fallback]'))
      fallback.hidden = true;
    this.querySelector<HTMLElement>('[data-box]')!.hidden = false;
    input.addEventListener('focus', () => void load(), { once: true });
    input.addEventListener('input', () => void run());
    // Enter takes the keyboard to the first result, the way a search page would.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      list.querySelector('a')?.focus();
    });
    window.addEventListener(QUICK_EXIT_EVENT, clear);
    window.addEventListener('pagehide', clear);
  }
}

export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
