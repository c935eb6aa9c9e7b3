// The languages the portal is written in. English lives at the site root; every
// other language has its own path prefix, so a shared link keeps its language
// without anything being stored on the device.
import { languages } from '../schemas/choices';

/** Declared once with the payload contract, which records the language used. */
export const locales = languages;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const localeInfo: Record<Locale, { name: string; dir: 'ltr' | 'rtl' }> = {
  en: { name: 'English', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  ur: { name: 'اردو', dir: 'rtl' },
};

/** The `lang` route parameter: undefined for English, the code otherwise. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}
