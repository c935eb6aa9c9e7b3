// Pages look keys up at build time; a key that is missing from every locale
// would print the key itself. i18next is asked for each key the way pages ask.
import { describe, expect, it } from 'vitest';
import { translations } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { locales } from '../../src/i18n/locales';

describe('translations', () => {
  it.each(locales)('resolves every English key to real text in %s', (locale) => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const t = translations(locale, ns) as (key: string, o?: object) => string;
      for (const key of Object.keys(resources.en[ns])) {
        const base = key.replace(/_(one|other)$/, '');
        const text = t(base, {
          count: 2,
          current: 1,
          total: 6,
          min: 5,
          max: 60,
          phone: '0300 1234 148',
          title: 'Title',
          name: 'Name',
        });
        expect(text, `${ns}:${key}`).not.toBe(base);
        expect(text, `${ns}:${key}`).not.toMatch(/\{\{/);
      }
    }
  });

  it('chooses plural forms by language', () => {
    const pl = translations('pl', 'common');
    const en = translations('en', 'common');
    expect(en('quickExit.countdown', { count: 1 })).toContain('1 more time ');
    expect(en('quickExit.countdown', { count: 2 })).toContain('2 more times');
    expect(pl('quickExit.countdown', { count: 2 })).not.toBe(
      pl('quickExit.countdown', { count: 5 }),
    );
  });
});

describe('numbers in right-to-left text', () => {
  it('keeps phone numbers in dialling order in Urdu', () => {
    const t = translations('ur', 'common');
    expect(t('danger.childline')).toContain('\u20660800 1111\u2069');
  });

  it('leaves left-to-right languages untouched', () => {
    expect(translations('en', 'common')('danger.childline')).toBe('Childline 0800 1111');
  });
});
