// What the reading-level test measures besides the guides: every English page
// as built, at the level of whoever reads it, and the screens a form shows only
// after someone has started (sent, failed, routed elsewhere), from their words.
import { allPages } from '../../lib/routes';
import type { Namespace } from '../../i18n/resources';

export type Audience = '5-10' | '11-15' | '16-17' | 'parents' | 'professionals';

/** The guide pages: measured from their Markdown (src/content/guides/guides.test.ts). */
const guidePage =
  /^\/(young-people\/(5-10|11-15|16-17)|parents|professionals)\/(?!ask-for-help|feedback|help-shape-the-service|what-happens|privacy|refer\/)[a-z-]+\/$/;

/** Every English page with prose other than the guides, each built page's <main>. */
export const measuredPages = () =>
  allPages().filter((page) => !/^\/(pl|ur)\//.test(page) && !guidePage.test(page));

/**
 * Who reads a page. Pages any young person may land on are held to the 11 to 15
 * level; the full privacy notice and the accessibility statement are for grown-ups.
 */
export function audienceOf(page: string): Audience {
  const band = /^\/young-people\/(5-10|11-15|16-17)\//.exec(page)?.[1];
  if (band) return band as Audience;
  if (page.startsWith('/parents/')) return 'parents';
  if (page.startsWith('/professionals/')) return 'professionals';
  if (page === '/18-or-over/') return '16-17';
  if (page === '/privacy/' || page === '/accessibility/') return 'parents';
  return '11-15';
}

export interface Screen {
  name: string;
  audience: Audience;
  ns: Exclude<Namespace, 'common' | 'content'>;
  keys: string[];
}

const failed = ['status.offline', 'status.failed.title', 'status.failed.text'];
const sending = ['status.sending', 'status.retrying', 'status.failed.retry'];
const done = (next: string) => [
  'done.title',
  'done.reference',
  'done.referenceHint',
  'done.nextTitle',
  next,
  'done.dangerTitle',
  'done.danger',
  'done.leave',
];

/** Screens a form builds in the browser, with the words each one shows. */
export const screens: Screen[] = [
  {
    name: 'referral: sent, young person',
    audience: '11-15',
    ns: 'referral',
    keys: done('done.next.self'),
  },
  {
    name: 'referral: sent, parent or carer',
    audience: 'parents',
    ns: 'referral',
    keys: done('done.next.parent'),
  },
  {
    name: 'referral: sent, professional',
    audience: 'professionals',
    ns: 'referral',
    keys: done('done.next.pro'),
  },
  {
    name: 'referral: not sent',
    audience: '11-15',
    ns: 'referral',
    keys: [...sending, ...failed, 'status.failed.danger', 'status.serverInvalid'],
  },
  {
    name: 'referral: the questions did not load',
    audience: '11-15',
    ns: 'referral',
    keys: ['start.loading', 'start.loadFailed', 'start.tryAgain'],
  },
  {
    name: 'referral: 18 or over, or outside Thames Valley',
    audience: '11-15',
    ns: 'referral',
    keys: [
      'route.adult.title',
      'route.adult.text',
      'route.adult.link',
      'route.outside.title',
      'route.outside.text',
      'route.outside.link',
    ],
  },
  {
    name: 'referral: under 11',
    audience: '5-10',
    ns: 'referral',
    keys: ['route.under11.title', 'route.under11.text', 'route.under11.link'],
  },
  {
    name: 'feedback: sent, 5 to 10',
    audience: '5-10',
    ns: 'feedback',
    keys: ['done.title', 'done.young', 'done.panel', 'done.panelLink', 'done.help'],
  },
  {
    name: 'feedback: sent, 11 to 17',
    audience: '11-15',
    ns: 'feedback',
    keys: ['done.title', 'done.text', 'done.panel', 'done.panelLink', 'done.help'],
  },
  { name: 'feedback: not sent', audience: '5-10', ns: 'feedback', keys: [...sending, ...failed] },
  {
    name: 'panel: sent',
    audience: '5-10',
    ns: 'panel',
    keys: ['done.title', 'done.text', 'done.help'],
  },
  { name: 'panel: not sent', audience: '5-10', ns: 'panel', keys: [...sending, ...failed] },
  {
    name: "grown-ups' survey: sent",
    audience: 'parents',
    ns: 'adult-feedback',
    keys: ['done.title', 'done.text', 'done.panel', 'done.panelLink'],
  },
  {
    name: "grown-ups' survey: not sent",
    audience: 'parents',
    ns: 'adult-feedback',
    keys: [...sending, ...failed],
  },
  {
    name: 'equality questions: offer, 11 to 15',
    audience: '11-15',
    ns: 'monitoring',
    keys: ['intro.title', 'intro.why.young', 'intro.kept', 'intro.skip', ...sending, ...failed],
  },
  {
    name: 'equality questions: offer, 16 and 17',
    audience: '16-17',
    ns: 'monitoring',
    keys: ['intro.title', 'intro.why.older', 'intro.kept', 'intro.skip'],
  },
  {
    name: 'equality questions: offer, grown-ups',
    audience: 'parents',
    ns: 'monitoring',
    keys: ['intro.title', 'intro.why.grown', 'intro.kept', 'intro.skip'],
  },
];

/**
 * Words a form shows only after someone has started, by key: every one must be
 * on a screen above, so a new confirmation or failure message is measured too.
 * (The panel's introduction is on its page as built; the equality questions'
 * arrives with them.)
 */
export function screenOnly(ns: string, key: string): boolean {
  if (/^(done|status)\./.test(key)) return true;
  if (ns === 'referral') return /^route\.|^start\.(loading|loadFailed|tryAgain)$/.test(key);
  if (ns === 'monitoring') return key.startsWith('intro.');
  return false;
}
