// The directory's filters: where someone lives, what it is about and their age.
// The page already lists every service by need; this shows the ones that fit as
// the choices change and says how many, politely, to a screen reader. Choices
// live only in the form on screen: never in the URL, the history or storage, and
// they are cleared when the page is left or quick exit is used.
import { matches, nearness, type Choice } from './match';

// Spelled out rather than imported, as in quick-exit.ts: an import shared with
// another script would turn this inline script into a file to fetch.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';
/** Long enough that arrowing through a list of options is not read out at every step. */
const ANNOUNCE_MS = 700;

const number = (text: string | undefined) => (text ? Number(text) : undefined);

class ServiceFinder extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const list = results.querySelector('ul')!;
    const all = this.querySelector<HTMLElement>('[data-all]')!;
    // Each card's facts, read once rather than at every change.
    const cards = [...all.querySelectorAll<HTMLElement>('[data-needs]')].map((card) => {
      const d = card.dataset;
      return {
        card,
        areas: d.areas!.split(' '),
        needs: d.needs!.split(' '),
        min: number(d.min),
        max: number(d.max),
      };
    });
    const plural = new Intl.PluralRules(document.documentElement.lang);
    let timer: number | undefined;

    const update = () => {
      const data = new FormData(form);
      const value = (name: string) => String(data.get(name) ?? '');
      const choice: Choice = {
        area: value('area'),
        need: value('need'),
        age: value('age') ? Number(value('age')) : null,
      };
      const chosen = Boolean(choice.area || choice.need || choice.age !== null);
      const fitting = cards
        .filter((facts) => matches(facts, choice))
        .sort((a, b) => nearness(a.areas, choice.area) - nearness(b.areas, choice.area));
      list.replaceChildren(
        ...(chosen ? fitting : []).map(({ card }) => {
          const copy = card.cloneNode(true) as HTMLElement;
          copy.removeAttribute('id');
          return copy;
        }),
      );
      results.hidden = !chosen;
      all.hidden = chosen;
      window.clearTimeout(timer);
      const count = fitting.length;
      const message = !chosen
        ? ''
        : count === 0
          ? this.dataset.none
          : (this.dataset[plural.select(count)] ?? this.dataset.other)?.replace(
              '{{count}}',
              String(count),
            );
      timer = window.setTimeout(() => (status.textContent = message ?? ''), ANNOUNCE_MS);
    };

    const clear = () => {
      form.reset();
      update();
      window.clearTimeout(timer);
      status.textContent = '';
    };

    // Jumping to a group or a service moves focus there without adding `#…` to
    // the address and the history, which would show what was looked at.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
      const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      event.preventDefault();
      target.tabIndex = -1;
      target.focus();
    });
    form.addEventListener('change', update);
    // The reset event comes before the fields are reset.
    form.addEventListener('reset', () => window.setTimeout(update));
    form.addEventListener('submit', (event) => event.preventDefault());
    window.addEventListener(QUICK_EXIT_EVENT, clear);
    // Someone who picks the device up later must not find the choices again,
    // even on a page the browser kept to show on Back.
    window.addEventListener('pagehide', clear);
    // Anything chosen while the rest of the page was still arriving.
    update();
  }
}

export function defineServiceFinder(): void {
  if (!customElements.get('service-finder')) customElements.define('service-finder', ServiceFinder);
}
