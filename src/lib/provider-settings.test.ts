// The provider's settings: each one says what it is in every language, and
// whether it is confirmed (by whom, when) or waiting (and what pages show
// meanwhile); the placeholder names guides and strings use stay as they are; a
// setting waiting never lets a page say something false.
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import {
  fill,
  isConfirmed,
  placeholderNames,
  placeholderValues,
  providerSettings,
  published,
  unconfirmed,
  type SettingName,
} from './provider-settings';

const names = Object.keys(providerSettings) as SettingName[];
const words = names.filter((name) => name !== 'phone') as Exclude<SettingName, 'phone'>[];

describe('the settings', () => {
  it('keep the placeholder names the guides and strings are written with', () => {
    expect(placeholderNames).toEqual([
      'phone',
      'phoneHref',
      'phoneHours',
      'contactTime',
      'interpreter',
      'supportContinues',
    ]);
  });

  it.each(names)('%s is confirmed by someone on a day, or waiting with what to ask', (name) => {
    const status = providerSettings[name].status;
    if (isConfirmed(status)) {
      expect(status.confirmed.by.trim().length).toBeGreaterThan(2);
      expect(status.confirmed.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(status.confirmed.on))).toBe(false);
    } else {
      expect(status.waiting.ask.length).toBeGreaterThan(20);
      expect(status.waiting.shownMeanwhile.length).toBeGreaterThan(20);
    }
  });

  it.each(words)('%s has words in every language', (name) => {
    for (const locale of locales)
      expect(providerSettings[name].value[locale].trim(), `${name} in ${locale}`).not.toBe('');
  });

  it('fit the sentences they are written into', () => {
    for (const locale of locales) {
      const v = placeholderValues(locale);
      // Phrases inside a sentence: "A caseworker will contact you {{contactTime}}."
      for (const phrase of [v.contactTime, v.phoneHours]) expect(phrase).not.toMatch(/[.!?۔]$/);
      // Sentences of their own.
      for (const sentence of [v.interpreter, v.supportContinues])
        expect(sentence, `${locale}: ${sentence}`).toMatch(/[.!?۔]$/);
    }
  });

  it('give the phone as a number to dial and a link that dials it', () => {
    const { number, href } = providerSettings.phone;
    expect(number).toMatch(/^[\d ]+$/);
    expect(href).toBe(`tel:+44${number.replace(/ /g, '').slice(1)}`);
    expect(placeholderValues('en').phoneHref).toBe(href);
  });

  it('lists exactly the settings not confirmed', () => {
    expect(unconfirmed()).toEqual(names.filter((n) => !isConfirmed(providerSettings[n].status)));
  });
});

describe('while the phone number is not confirmed', () => {
  const waiting = !isConfirmed(providerSettings.phone.status);

  it('is the Victims First hub’s published number, and says whose it is wherever it is shown', () => {
    if (!waiting) {
      expect(placeholderValues('en').phone).toBe(providerSettings.phone.number);
      return;
    }
    expect(providerSettings.phone.number).toBe(published.victimsFirst.number);
    for (const locale of locales)
      expect(placeholderValues(locale).phone).toBe(
        `${published.victimsFirst.number} (${providerSettings.phone.answeredMeanwhile[locale]})`,
      );
    expect(placeholderValues('en').phone).toContain('Victims First');
  });
});

describe('the published facts', () => {
  it.each(Object.entries(published))('%s names where it was checked', (_, fact) => {
    expect(fact.source.length).toBeGreaterThan(30);
    expect(fact.href).toMatch(/^(tel:\+?\d+|https:\/\/)/);
  });
});

describe('fill', () => {
  it('fills every placeholder in one language', () => {
    expect(fill('Contact {{contactTime}}: {{ phone }}', 'pl')).toBe(
      `Contact ${placeholderValues('pl').contactTime}: ${placeholderValues('pl').phone}`,
    );
  });

  it('fails on a name it does not know, saying where', () => {
    expect(() => fill('Open {{openingHours}}', 'en', 'en/parents/x.md')).toThrow(
      /en\/parents\/x\.md: unknown placeholder \{\{openingHours\}\}/,
    );
  });

  it('leaves text without placeholders as it is', () => {
    expect(fill('Call 999 {not a placeholder}', 'ur')).toBe('Call 999 {not a placeholder}');
  });
});
