// English inside Urdu is marked, so a screen reader says it with English rules:
// every Latin-script word in every Urdu string sits in <span lang="en">, and the
// mark is the only markup any translation holds. Placeholders ({{phone}}) are
// filled in later and are not words.
import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { locales } from './locales';
import { parts, plain, strayMarkup } from './marked';

/** Latin-script words left once the marked runs and placeholders are taken out. */
function unmarkedLatin(text: string): string[] {
  const rest = text.replace(/<span lang="en">.*?<\/span>/g, ' ').replace(/\{\{\s*\w+\s*\}\}/g, ' ');
  return rest.match(/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’./@-]*/g) ?? [];
}

const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];
const strings = (locale: (typeof locales)[number]) =>
  namespaces.flatMap((ns) =>
    Object.entries(resources[locale][ns] as Record<string, string>).map(
      ([key, text]) => [`${ns}:${key}`, text] as const,
    ),
  );

describe('marking English in translations', () => {
  it('splits a text into plain and English runs, and drops the marks where only text fits', () => {
    const text = 'یا <span lang="en">Shift</span> کو 3 بار، <span lang="en">she/her</span>';
    expect(parts(text)).toEqual(['یا ', { en: 'Shift' }, ' کو 3 بار، ', { en: 'she/her' }]);
    expect(plain(text)).toBe('یا Shift کو 3 بار، she/her');
    expect(parts('no marks')).toEqual(['no marks']);
    expect(parts('<span lang="en">All</span>')).toEqual([{ en: 'All' }]);
  });

  it('the check finds an unmarked English word, and lets a marked one and a placeholder pass', () => {
    expect(unmarkedLatin('یا Shift کو دبائیں')).toEqual(['Shift']);
    expect(unmarkedLatin('مثلاً she/her، یا OX4')).toEqual(['she/her', 'OX4']);
    expect(unmarkedLatin('یا <span lang="en">Shift</span> کو {{count}} بار')).toEqual([]);
    expect(strayMarkup('<b>bold</b> and <span lang="en">ok</span>')).toEqual(['<b>', '</b>']);
  });

  it('every Urdu string marks every English word in it', () => {
    const unmarked = strings('ur')
      .map(([key, text]) => [key, unmarkedLatin(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(unmarked).toEqual([]);
    expect(strings('ur').length).toBeGreaterThan(500);
  });

  it.each(locales)('%s holds no markup but the English mark, each one closed', (locale) => {
    for (const [key, text] of strings(locale)) {
      expect(strayMarkup(text), key).toEqual([]);
      const opened = text.split('<span lang="en">').length - 1;
      expect(text.split('</span>').length - 1, key).toBe(opened);
      // English needs no mark: it is the page's own language there.
      if (locale === 'en') expect(opened, key).toBe(0);
    }
  });
});
