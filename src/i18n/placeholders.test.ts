// The strings say `{{contactTime}}`, never "within 72 hours": every placeholder
// is one the settings fill or one a page fills itself, an unknown one fails the
// build, and no string, page, component or island types a provider's promise or
// a phone number the settings do not hold.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';
import { resources } from './resources';
import { runtimeVariables, translations } from './i18n';
import { placeholderNames, placeholderValues, published } from '../lib/provider-settings';

const strings = locales.flatMap((locale) =>
  Object.entries(resources[locale]).flatMap(([ns, words]) =>
    Object.entries(words as Record<string, string>).map(([key, text]) => ({
      where: `${locale}/${ns}.json ${key}`,
      text,
    })),
  ),
);

/** A promise of a time: "72 hours", "72 godzin", "72 گھنٹوں"; days only where contact is meant. */
const promisedHours = /\b\d+\s*(hours?|godzin\w*)\b|\d+\s*گھنٹ/i;
const promisedDays = /\b\d+\s*(days?|dni)\b|\d+\s*دن/i;
const contact = /contact|in touch|kontakt|odezw|رابط/i;
/** A phone number: 999, or 0 and six digits or more, spaced or not. */
const phoneNumbers = (text: string) =>
  [...text.matchAll(/(?<![\d/-])(999|0\d[\d ]{5,}\d)(?![\d/-])/g)].map((m) => m[1]!.trim());
/**
 * Examples in a hint or an error that ring nobody: Ofcom keeps 07700 900000 to
 * 900999 for drama, and a number of noughts after the area code is no line.
 */
const example = /^07700 ?900 ?\d{3}$|^0\d{3,4}( ?000){2}$/;
const knownNumbers = new Set<string>([
  published.emergency.number,
  published.childline.number,
  published.victimSupport.number,
  published.victimsFirst.number,
  published.informationCommissioner.number,
]);

describe('placeholders in the strings', () => {
  it('are settings, or filled where the words are used', () => {
    const known = new Set<string>([...placeholderNames, ...runtimeVariables]);
    for (const { where, text } of strings)
      for (const [, name] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g))
        expect(known.has(name!), `${where}: {{${name}}}`).toBe(true);
  });

  it('are filled in from the settings as pages are built', () => {
    const t = translations('en', 'content');
    expect(t('parents.next2')).toContain(placeholderValues('en').contactTime);
    expect(t('parents.next2')).not.toContain('{{');
  });

  it('stop the build when one is unknown', () => {
    const t = translations('en', 'content') as (key: string, o: object) => string;
    expect(() => t('nowhere.key', { defaultValue: 'Open {{openingHours}}' })).toThrow(
      /unknown placeholder \{\{openingHours\}\}/,
    );
    expect(t('nowhere.key', { defaultValue: 'Step {{current}}' })).toBe('Step {{current}}');
  });
});

describe('no promise typed into a string', () => {
  it('names no contact time', () => {
    for (const { where, text } of strings) {
      expect(text, where).not.toMatch(promisedHours);
      if (contact.test(text)) expect(text, where).not.toMatch(promisedDays);
    }
  });

  it('has only published phone numbers, and the Victims First hub’s only beside its name', () => {
    for (const { where, text } of strings) {
      for (const number of phoneNumbers(text).filter((n) => !example.test(n))) {
        expect(knownNumbers.has(number), `${where}: ${number}`).toBe(true);
        if (number === published.victimsFirst.number)
          expect(text, where).toContain('Victims First');
      }
    }
  });
});

const src = new URL('../', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(astro|tsx?|mjs)$/.test(name) && !/\.(test|spec)\./.test(name) ? [path] : [];
  });
}

// The settings hold the service's own numbers; the directory's come from its
// entries, each with the page it was checked against (src/content/services/).
const numbersFromSources = ['lib/provider-settings.ts', 'lib/services.ts'];

it('no page, component or island types a phone number, a tel: link or a contact time', () => {
  const own = files(src).filter((path) => !numbersFromSources.some((file) => path.endsWith(file)));
  expect(own.length).toBeGreaterThan(100);
  for (const path of own) {
    const code = readFileSync(path, 'utf8');
    expect(code, path).not.toMatch(/['"`]tel:/);
    expect(code, path).not.toMatch(/\b\d+\s*hours\b/i);
    const numbers = phoneNumbers(code.replace(/^\s*(\/\/|\*).*$/gm, ''));
    expect(
      numbers.filter((n) => n !== '999' && !example.test(n)),
      path,
    ).toEqual([]);
  }
});
