// How the directory pages lay services out for each audience: the order of needs,
// the ages offered, and the list grouped by need that works without JavaScript.
import { bands, type Band } from './routes';
import type { GuideAudience } from './guides';
import { needs, type Need } from './services';
import type { Localized, Service } from './service-entry';
import { localeInfo, type Locale } from '../i18n/locales';
import { markEnglish } from '../i18n/marked';
import { resources } from '../i18n/resources';

/** Which words an audience's page uses: `directory.title.<variant>` and so on. */
export const variantOf = (audience: GuideAudience) =>
  audience === '5-10'
    ? '510'
    : audience === 'parents'
      ? 'parents'
      : audience === 'professionals'
        ? 'pro'
        : 'young';

/** Who the questions are about: `directory.filter.area.<person>`. */
export const personOf = (audience: GuideAudience) =>
  audience === 'parents' ? 'child' : audience === 'professionals' ? 'pro' : 'you';

const bandAges: Record<Band, readonly [number, number]> = {
  '5-10': [5, 10],
  '11-15': [11, 15],
  '16-17': [16, 17],
};

/** The ages a band covers; grown-ups may be asking about any child. */
export function ageRange(audience: GuideAudience): readonly [number, number] {
  return (bands as readonly string[]).includes(audience) ? bandAges[audience as Band] : [0, 17];
}

export function ageOptions(audience: GuideAudience): number[] {
  const [from, to] = ageRange(audience);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Help right now comes first on every page; parents see their own help next. */
export function needOrder(audience: GuideAudience): Need[] {
  const rest = needs.filter((n) => n !== 'crisis' && n !== 'parents');
  return audience === 'parents' ? ['crisis', 'parents', ...rest] : ['crisis', ...rest, 'parents'];
}

/** Thames Valley-wide services first, then local ones, then national; by name within each. */
export function byNearness(a: Service, b: Service): number {
  const rank = (s: Service) =>
    s.areas.includes('thames-valley') ? 0 : s.areas.includes('national') ? 2 : 1;
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'en');
}

export interface Group {
  need: Need;
  /** `full` is the first time a service appears on the page; later ones link back to it. */
  items: { service: Service; full: boolean }[];
}

/** Every service under each need it meets, shown in full once and linked to after that. */
export function groupByNeed(services: readonly Service[], order: readonly Need[]): Group[] {
  const shown = new Set<string>();
  const sorted = [...services].sort(byNearness);
  return order.map((need) => ({
    need,
    items: sorted
      .filter((s) => s.needs.includes(need))
      .map((service) => {
        const full = !shown.has(service.slug);
        shown.add(service.slug);
        return { service, full };
      }),
  }));
}

/** Whether a service's stated ages overlap an audience's. */
export function fitsAudience(service: Service, audience: GuideAudience): boolean {
  const [from, to] = ageRange(audience);
  return (service.ages?.min ?? 0) <= to && (service.ages?.max ?? 99) >= from;
}

/** An entry's words in a language, or the English with its language marked when missing. */
export function pick(words: Localized, locale: Locale): { text: string; lang?: 'en' } {
  const text = words[locale];
  return text ? { text } : { text: words.en, lang: 'en' };
}

/**
 * An entry's words as a page shows them (pick): English inside Urdu keeps its
 * direction and is marked, as the translations mark it.
 */
export function shownWords(words: Localized, locale: Locale) {
  const { text, lang } = pick(words, locale);
  const rtl = localeInfo[locale].dir === 'rtl';
  return {
    text: lang || !rtl ? text : markEnglish(text),
    lang,
    dir: lang && rtl ? ('ltr' as const) : undefined,
  };
}

/** A language's name in the page's language: the browser's names, then ours (BSL). */
export function languageName(code: string, locale: Locale): string {
  const known = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
  if (known) return known;
  const ours = (resources[locale].directory as Record<string, string>)[
    `directory.language.${code}`
  ];
  return ours ?? code;
}

/** A website as people would say it: `childline.org.uk`. */
export const siteName = (url: string) => new URL(url).hostname.replace(/^www\./, '');
