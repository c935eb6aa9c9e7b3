// Every locale has exactly the keys English has: nothing missing (a reader would
// see English, or a raw key), nothing extra (a stale string nobody maintains).
// Plural keys are compared by their base, and each locale must carry every
// plural form its language needs.
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { locales } from '../../src/i18n/locales';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function baseKeys(dict: Record<string, string>): string[] {
  return [...new Set(Object.keys(dict).map((k) => k.replace(pluralSuffix, '')))].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

describe.each(locales.filter((l) => l !== 'en'))('locale %s', (locale) => {
  it.each(namespaces)('has the same keys as English in %s', (ns) => {
    const en = resources.en[ns] as Record<string, string>;
    const other = resources[locale][ns] as Record<string, string>;
    expect(baseKeys(other)).toEqual(baseKeys(en));
  });

  it.each(namespaces)('has every plural form %s needs', (ns) => {
    const en = resources.en[ns] as Record<string, string>;
    const other = resources[locale][ns] as Record<string, string>;
    const plural = baseKeys(en).filter((k) => `${k}_other` in en);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of plural) {
      for (const category of categories)
        expect(other, `${key}_${category}`).toHaveProperty(`${key}_${category}`);
    }
  });

  it.each(namespaces)('keeps every placeholder and has no empty text in %s', (ns) => {
    const en = resources.en[ns] as Record<string, string>;
    const other = resources[locale][ns] as Record<string, string>;
    for (const [key, text] of Object.entries(other)) {
      expect(text.trim(), key).not.toBe('');
      const source = en[key] ?? en[key.replace(pluralSuffix, '_other')] ?? '';
      expect(placeholders(text), key).toEqual(placeholders(source));
    }
  });
});

describe('English', () => {
  it.each(namespaces)('has no empty text in %s', (ns) => {
    for (const [key, text] of Object.entries(resources.en[ns] as Record<string, string>)) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('forms', () => {
  // Words every form shares are written once; an island's own namespace repeating
  // one would let the two drift apart.
  it.each(['referral', 'feedback', 'monitoring'] as const)('%s repeats no key of forms', (ns) => {
    const shared = Object.keys(resources.en.forms);
    expect(Object.keys(resources.en[ns]).filter((key) => shared.includes(key))).toEqual([]);
  });
});
