// The directory's entries before any page is built: the schema refuses what it
// must, every entry on disk passes it, every need on the list has a service, and
// every word the pages show for an entry exists in every language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entry } from '../../tests/fixtures/services';
import { locales } from '../i18n/locales';
import { resources } from '../i18n/resources';
import { languageName } from './directory';
import { guideLinks } from './guide-services';
import { serviceEntry, ukPhone } from './service-entry';
import { unmetNeeds } from './service-checks';
import { areas, communities, councilAreas, countyOf, needs, serviceCounties } from './services';

const dir = new URL('../content/services/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const entries = files.map((file) => ({
  slug: file.replace(/\.json$/, ''),
  data: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown,
}));
const parsed = entries.map(({ slug, data }) => ({ slug, ...serviceEntry.parse(data) }));

describe('the entry schema', () => {
  it('accepts a complete entry, and one with only some facts', () => {
    expect(serviceEntry.safeParse(entry()).success).toBe(true);
    const sparse = entry({ ages: { min: 16 }, communities: undefined, cost: undefined });
    delete sparse.sources;
    expect(serviceEntry.parse(sparse)).toMatchObject({ communities: [], sources: [] });
  });

  it.each([
    ['no source', { source: undefined }],
    ['a source that is not a web page', { source: 'the NSPCC website' }],
    ['no checked date', { checked: undefined }],
    ['a checked date that does not exist', { checked: '2026-02-30' }],
    ['a date in another format', { checked: '06/12/2026' }],
    ['an area not on the list', { areas: ['berkshire'] }],
    ['no area', { areas: [] }],
    ['a need not on the list', { needs: ['housing'] }],
    ['no need', { needs: [] }],
    ['a community not on the list', { communities: ['teenagers'] }],
    ['no English words', { offers: { pl: 'Pomoc' } }],
    ['ages the wrong way round', { ages: { min: 18, max: 5 } }],
    ['ages with neither end', { ages: {} }],
    ['a language that is not a code', { languages: ['English'] }],
    ['a cost other than free', { cost: 'cheap' }],
    ['a key the schema does not know', { notes: 'call back later' }],
  ])('refuses an entry with %s', (_, overrides) => {
    expect(serviceEntry.safeParse(entry(overrides)).success).toBe(false);
  });

  it('refuses an entry with no way to reach it', () => {
    const contact = { phone: null, text: null, website: null, email: null, hours: null };
    expect(serviceEntry.safeParse(entry({ contact })).success).toBe(false);
  });

  it.each(['0800 1111', '0800 970 9952', '0118 123 4567', '07700 900123', '116 123', '111'])(
    'takes %s as a UK phone number',
    (phone) => expect(ukPhone.safeParse(phone).success).toBe(true),
  );

  it.each(['+44 800 1111', '(0118) 123 4567', '0800-1111', '0800  1111', '12', '0800 11', 'none'])(
    'refuses %s as a UK phone number',
    (phone) => expect(ukPhone.safeParse(phone).success).toBe(false),
  );
});

describe('the entries in src/content/services', () => {
  it('exist: the directory lists services', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.slug, e.data] as const))('%s validates', (slug, data) => {
    const result = serviceEntry.safeParse(data);
    expect(result.error?.issues ?? [], slug).toEqual([]);
    // The slug is the page anchor: plain words, and never one of the page's own ids.
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).not.toMatch(/^(need-|finder-|results-|jump-|main$|site-search|nearby-)/);
  });

  it('meet every need on the list at least once', () => {
    expect(unmetNeeds(parsed)).toEqual([]);
  });

  it('name every language they use in every language of the site', () => {
    const codes = [...new Set(parsed.flatMap((s) => s.languages))];
    for (const locale of locales)
      for (const code of codes)
        expect(languageName(code, locale), `${code} in ${locale}`).not.toBe(code);
  });

  it('include every service a guide names first', () => {
    const slugs = new Set(parsed.map((s) => s.slug));
    const named = Object.values(guideLinks).flatMap((link) => link.first ?? []);
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});

describe('the closed lists', () => {
  it('have 13 council areas, each in one county', () => {
    expect(councilAreas).toHaveLength(13);
    expect(new Set(councilAreas.map(countyOf))).toEqual(new Set(serviceCounties));
    expect(areas).toEqual(['national', 'thames-valley', ...councilAreas]);
  });

  it('have words for every area, county, need and community in every language', () => {
    const keys = [
      ...areas.map((a) => `directory.area.${a}`),
      ...serviceCounties.map((c) => `directory.county.${c}`),
      ...needs.map((n) => `directory.need.${n}`),
      ...communities.map((c) => `directory.community.${c}`),
    ];
    for (const locale of locales) {
      const words = resources[locale].directory as Record<string, string>;
      for (const key of keys) expect(words[key], `${key} in ${locale}`).toBeTruthy();
    }
  });
});
