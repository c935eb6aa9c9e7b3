// Every page of the portal, in one place: the pages, the sitemap and the browser
// tests all read this list, so a page cannot exist without being tested.
import { locales, langParam, type Locale } from '../i18n/locales';
import { ageBands } from '../schemas/choices';
import { guideAudiences, guidePath, guideTopics, type GuideAudience } from './guides';

/** The age bands, declared once with the payload contract. */
export const bands = ageBands;
export type Band = (typeof bands)[number];

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
  search: '/search/',
  parentSupport: '/parents/support-near-you/',
  proSupport: '/professionals/support-near-you/',
} as const;

/** Pages that hold a form island; every other page is a content page. */
const forms = {
  parentReferral: '/parents/ask-for-help/',
  proReferral: '/professionals/refer/',
  parentFeedback: '/parents/feedback/',
  proFeedback: '/professionals/feedback/',
} as const;

const banded = {
  band: (band: Band) => `/young-people/${band}/`,
  selfReferral: (band: Band) => `/young-people/${band}/ask-for-help/`,
  feedback: (band: Band) => `/young-people/${band}/feedback/`,
  panel: (band: Band) => `/young-people/${band}/help-shape-the-service/`,
  bandWhatHappens: (band: Band) => `/young-people/${band}/what-happens/`,
  bandPrivacy: (band: Band) => `/young-people/${band}/privacy/`,
  support: (band: Band) => `/young-people/${band}/support-near-you/`,
} as const;

export type FixedRoute = keyof typeof fixed | keyof typeof forms;
export type BandRoute = keyof typeof banded;

function prefix(locale: Locale, path: string): string {
  const lang = langParam(locale);
  return lang ? `/${lang}${path}` : path;
}

export function href(locale: Locale, route: FixedRoute): string {
  return prefix(
    locale,
    route in forms ? forms[route as keyof typeof forms] : fixed[route as keyof typeof fixed],
  );
}

export function bandHref(locale: Locale, route: BandRoute, band: Band): string {
  return prefix(locale, banded[route](band));
}

/** A guide page (src/lib/guides.ts). */
export function guideHref(locale: Locale, audience: GuideAudience, topic: string): string {
  return prefix(locale, guidePath(audience, topic));
}

/** An audience's page of support near you (the directory of services). */
export function directoryHref(locale: Locale, audience: GuideAudience): string {
  if (audience === 'parents') return href(locale, 'parentSupport');
  if (audience === 'professionals') return href(locale, 'proSupport');
  return bandHref(locale, 'support', audience);
}

/** The same page in another language. */
export function switchLocale(pathname: string, to: Locale): string {
  return prefix(to, withoutLocale(pathname));
}

/** A path with its language prefix taken off: `/pl/parents/` → `/parents/`. */
function withoutLocale(pathname: string): string {
  return pathname.replace(/^\/(pl|ur)(?=\/)/, '') || '/';
}

/** Whether a path is a form page (an island) rather than a content page. */
function isForm(path: string): boolean {
  const rest = withoutLocale(path);
  return (
    Object.values(forms).includes(rest as never) ||
    /^\/young-people\/(11-15|16-17)\/ask-for-help\/$/.test(rest) ||
    /^\/young-people\/[0-9-]+\/(feedback|help-shape-the-service)\/$/.test(rest)
  );
}

/** Every page in every language, for the sitemap and the tests. */
export function allPages(): string[] {
  const paths: string[] = [];
  for (const locale of locales) {
    for (const route of [...Object.keys(fixed), ...Object.keys(forms)] as FixedRoute[])
      paths.push(href(locale, route));
    for (const band of bands) {
      for (const route of Object.keys(banded) as BandRoute[])
        paths.push(bandHref(locale, route, band));
    }
    for (const audience of guideAudiences)
      for (const topic of guideTopics[audience]) paths.push(guideHref(locale, audience, topic));
  }
  return paths;
}

/** Pages that must ship no framework JavaScript. */
export const contentPages = () => allPages().filter((path) => !isForm(path));
/** Pages with a form island. */
export const formPages = () => allPages().filter(isForm);

/** getStaticPaths helpers: one page file serves every language. */
export function localePaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

export function bandPaths() {
  return locales.flatMap((locale) =>
    bands.map((band) => ({ params: { lang: langParam(locale), band }, props: { locale, band } })),
  );
}

/** getStaticPaths for one audience's guides, in every language. */
export function guidePaths(audiences: readonly GuideAudience[]) {
  return locales.flatMap((locale) =>
    audiences.flatMap((audience) =>
      guideTopics[audience].map((topic) => ({
        params: {
          lang: langParam(locale),
          topic,
          ...(audience.includes('-') ? { band: audience } : {}),
        },
        props: { locale, audience, topic },
      })),
    ),
  );
}
