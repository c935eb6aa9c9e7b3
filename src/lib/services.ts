// The directory's closed lists: where a service works, what it helps with and
// whom it is for. Entries (src/content/services/*.json) may use these words only;
// their names in each language are `directory.area.*`, `directory.need.*` and
// `directory.community.*` in src/i18n/locales/<locale>/directory.json.

/** The 13 local authority areas of Thames Valley, by the county a family would name. */
export const countyAreas = {
  berkshire: [
    'bracknell-forest',
    'reading',
    'slough',
    'west-berkshire',
    'windsor-and-maidenhead',
    'wokingham',
  ],
  buckinghamshire: ['buckinghamshire'],
  'milton-keynes': ['milton-keynes'],
  oxfordshire: [
    'cherwell',
    'oxford',
    'south-oxfordshire',
    'vale-of-white-horse',
    'west-oxfordshire',
  ],
} as const;

export type County = keyof typeof countyAreas;
export const serviceCounties = Object.keys(countyAreas) as County[];
export type CouncilArea = (typeof countyAreas)[County][number];
export const councilAreas = Object.values(countyAreas).flat() as CouncilArea[];

export const areas = ['national', 'thames-valley', ...councilAreas] as const;
export type Area = (typeof areas)[number];

export const needs = [
  'crime-support',
  'sexual-abuse',
  'domestic-abuse',
  'online-harm',
  'exploitation',
  'hate-crime',
  'bullying',
  'mental-health',
  'crisis',
  'bereavement',
  'substance-use',
  'young-carers',
  'lgbtq',
  'parents',
] as const;
export type Need = (typeof needs)[number];

export const communities = [
  'lgbtq',
  'black-and-minority-ethnic',
  'muslim',
  'polish',
  'south-asian',
  'deaf',
  'disabled',
  'boys-and-men',
  'girls-and-women',
  'gypsy-roma-traveller',
  'refugees',
] as const;
export type Community = (typeof communities)[number];

/** The county a council area is in. */
export function countyOf(area: CouncilArea): County {
  return serviceCounties.find((c) => (countyAreas[c] as readonly string[]).includes(area))!;
}

/** Whether a service working in `served` reaches someone in `county`. */
export function coversCounty(
  served: readonly string[],
  county: County,
  { countNational = true } = {},
): boolean {
  if (served.includes('thames-valley')) return true;
  if (countNational && served.includes('national')) return true;
  return served.some((a) => (countyAreas[county] as readonly string[]).includes(a));
}

/** A dialable link for a UK number as written: `0800 1111` → `tel:08001111`. */
export const telHref = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;
