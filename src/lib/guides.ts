// The guide pages each audience has: one list, read by the routes (so the sitemap,
// axe, glyph and budget tests cover every guide), the pages and a test that checks
// every language has a file for each (src/content/guides/<locale>/<audience>/<topic>.md).
import type { Band } from './routes';

export const guideAudiences = ['5-10', '11-15', '16-17', 'parents', 'professionals'] as const;
export type GuideAudience = (typeof guideAudiences)[number];

const shared = ['not-your-fault', 'your-rights', 'police-and-court'] as const;
const olderShared = [
  ...shared,
  'restorative-justice',
  'online-safety',
  'complaints',
  'have-your-say',
] as const;

/** What happens after telling, for young people 11 and over and their parents. */
const afterTelling = ['staying-safe', 'sexual-abuse', 'exploitation', 'compensation'] as const;

export const guideTopics = {
  '5-10': [...shared, 'online-safety', 'complaints', 'have-your-say'],
  '11-15': [...olderShared, ...afterTelling],
  '16-17': [...olderShared, 'relationship-abuse', ...afterTelling],
  parents: [
    'supporting-your-child',
    'police-and-court',
    ...afterTelling,
    'complaints',
    'have-your-say',
  ],
  professionals: ['before-you-refer', 'exploitation', 'complaints'],
} as const satisfies Record<GuideAudience, readonly string[]>;

/** Where an audience's guides live, below the language prefix. */
export function guidePath(audience: GuideAudience, topic: string): string {
  const base =
    audience === 'parents' || audience === 'professionals'
      ? `/${audience}`
      : `/young-people/${audience}`;
  return `${base}/${topic}/`;
}

export const isBand = (audience: GuideAudience): audience is Band =>
  audience !== 'parents' && audience !== 'professionals';
