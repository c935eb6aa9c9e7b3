// i18next set up once per language at build time. Keys are flat (`area.element`),
// so key and namespace separators are switched off; Astro and React escape output
// themselves, so i18next must not escape it a second time.
import i18next, { type i18n } from 'i18next';
import { resources, type Namespace, type Key } from './resources';
import { locales, type Locale } from './locales';

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

export type TFunction<N extends Namespace> = (key: Key<N>, options?: Record<string, unknown>) => string;

export function useTranslations<N extends Namespace>(locale: Locale, ns: N): TFunction<N> {
  const inst = instance(locale);
  return (key, options) => inst.t(key, { ns, ...options }) as string;
}
