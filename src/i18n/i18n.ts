// i18next set up once per language at build time. Keys are flat (`area.element`),
// so key and namespace separators are switched off; Astro and React escape output
// themselves, so i18next must not escape it a second time.
import i18next, { type i18n } from 'i18next';
import { resources, type Namespace, type Key } from './resources';
import { localeInfo, locales, type Locale } from './locales';

const instances = new Map<Locale, i18n>();

function instance(locale: Locale): i18n {
  let inst = instances.get(locale);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      resources,
      lng: locale,
      supportedLngs: [...locales],
      fallbackLng: 'en',
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, inst);
  }
  return inst;
}

/**
 * In right-to-left text a phone number's digit groups are laid out right to left
 * too, so "0800 1111" would read "1111 0800" and be dialled wrongly. Isolating
 * each run of digits as left-to-right keeps it in dialling order.
 */
export function isolateNumbers(text: string): string {
  return text.replace(/\d(?:[\d ]*\d)?/g, (digits) => `\u2066${digits}\u2069`);
}

export type TFunction<N extends Namespace> = (
  key: Key<N>,
  options?: Record<string, unknown>,
) => string;

export function translations<N extends Namespace>(locale: Locale, ns: N): TFunction<N> {
  // Keys are checked by our own Key type; i18next's own key typing is for its
  // global resources declaration, which per-build instances do not use.
  const t = instance(locale).getFixedT(locale, ns) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  if (localeInfo[locale].dir === 'rtl')
    return (key, options) => isolateNumbers(t(key, options ?? {}));
  return (key, options) => t(key, options ?? {});
}
