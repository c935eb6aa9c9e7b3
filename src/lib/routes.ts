// Every page of the portal, in one place: the pages, the sitemap and the browser
// tests all read this list, so a page cannot exist without being tested.
import { locales, langParam, type Locale } from '../i18n/locales';

export const bands = ['5-10', '11-15', '16-17'] as const;
export type Band = (typeof bands)[number];

export function isBand(value: unknown): value is Band {
  return typeof value === 'string' && (bands as readonly string[]).includes(value);
}

const fixed = {
  home: '/',
  youngPeople: '/young-people/',
  parents: '/parents/',
  professionals: '/professionals/',
  adults: '/18-or-over/',
  outsideArea: '/outside-thames-valley/',
  leaveQuickly: '/leave-quickly/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
} as const;

const banded = {
  band: (band: Band) => `/young-people/${band}/`,
  bandWhatHappens: (band: Band) => `/young-people/${band}/what-happens/`,
  bandPrivacy: (band: Band) => `/young-people/${band}/privacy/`,
} as const;

export type FixedRoute = keyof typeof fixed;
export type BandRoute = keyof typeof banded;

function prefix(locale: Locale, path: string): string {
  const lang = langParam(locale);
  return lang ? `/${lang}${path}` : path;
}

export function href(locale: Locale, route: FixedRoute): string {
  return prefix(locale, fixed[route]);
}

export function bandHref(locale: Locale, route: BandRoute, band: Band): string {
  return prefix(locale, banded[route](band));
}

/** The same page in another language. */
export function switchLocale(pathname: string, to: Locale): string {
  const rest = pathname.replace(/^\/(pl|ur)(?=\/)/, '');
  return prefix(to, rest || '/');
}

/** Every content page in every language, for the sitemap and the tests. */
export function allPages(): string[] {
  const paths: string[] = [];
  for (const locale of locales) {
    for (const route of Object.keys(fixed) as FixedRoute[]) paths.push(href(locale, route));
    for (const band of bands) {
      for (const route of Object.keys(banded) as BandRoute[]) paths.push(bandHref(locale, route, band));
    }
  }
  return paths;
}

/** getStaticPaths helpers: one page file serves every language. */
export function localePaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

export function bandPaths() {
  return locales.flatMap((locale) =>
    bands.map((band) => ({ params: { lang: langParam(locale), band }, props: { locale, band } })),
  );
}
